using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases.Migrations;

/// <summary>
/// The policy's domain (issue 4): beneficiaries and their documents, support types with their checklists, cases,
/// enquiries, communications, committee votes, registrations, service deliveries, surveys, attestations, the
/// association's procedure settings and the rendered notification messages.
/// </summary>
[DbContext(typeof(WorkflowOfficeDbContext))]
[Migration("20251202000000_Cases")]
public sealed class AddCases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Beneficiaries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                NationalId = table.Column<string>(maxLength: 10, nullable: false),
                NameAr = table.Column<string>(maxLength: 200, nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: true),
                Gender = table.Column<string>(maxLength: 8, nullable: false),
                BirthDate = table.Column<DateOnly>(nullable: true),
                Mobile = table.Column<string>(maxLength: 16, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                City = table.Column<string>(maxLength: 100, nullable: true),
                Iban = table.Column<string>(maxLength: 24, nullable: true),
                PreferredLanguage = table.Column<string>(maxLength: 8, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Beneficiaries", x => x.Id);
                table.ForeignKey("FK_Beneficiaries_Associations_AssociationId", x => x.AssociationId, "Associations", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "BeneficiaryDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                BeneficiaryId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                TypeCode = table.Column<string>(maxLength: 64, nullable: false),
                Number = table.Column<string>(maxLength: 64, nullable: true),
                ExpiresOn = table.Column<DateOnly>(nullable: true),
                FileName = table.Column<string>(maxLength: 200, nullable: true),
                ContentType = table.Column<string>(maxLength: 100, nullable: true),
                Content = table.Column<byte[]>(nullable: true),
                ProvidedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BeneficiaryDocuments", x => x.Id);
                table.ForeignKey("FK_BeneficiaryDocuments_Beneficiaries_BeneficiaryId", x => x.BeneficiaryId, "Beneficiaries", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SupportTypes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 64, nullable: false),
                NameAr = table.Column<string>(maxLength: 200, nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                RequiredItemsJson = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SupportTypes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Cases",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                Reference = table.Column<string>(maxLength: 32, nullable: false),
                Year = table.Column<int>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Channel = table.Column<string>(maxLength: 8, nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                BeneficiaryId = table.Column<Guid>(nullable: true),
                SupportTypeCode = table.Column<string>(maxLength: 64, nullable: true),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                SubmittedOn = table.Column<DateOnly>(nullable: false),
                Unclear = table.Column<bool>(nullable: false),
                Notes = table.Column<string>(maxLength: 4000, nullable: true),
                PolicyEditionId = table.Column<Guid>(nullable: true),
                PolicyEditionLabel = table.Column<string>(maxLength: 100, nullable: true),
                DefinitionKey = table.Column<string>(maxLength: 200, nullable: false),
                DefinitionVersion = table.Column<int>(nullable: false),
                WorkflowInstanceId = table.Column<Guid>(nullable: true),
                AttestationCodeJson = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Cases", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Inquiries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                Channel = table.Column<string>(maxLength: 8, nullable: false),
                ContactName = table.Column<string>(maxLength: 200, nullable: true),
                Mobile = table.Column<string>(maxLength: 16, nullable: true),
                Question = table.Column<string>(maxLength: 4000, nullable: false),
                Answer = table.Column<string>(maxLength: 4000, nullable: true),
                ReceivedAt = table.Column<DateTimeOffset>(nullable: false),
                AnsweredAt = table.Column<DateTimeOffset>(nullable: true),
                AnsweredBy = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Inquiries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Communications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                Direction = table.Column<string>(maxLength: 8, nullable: false),
                Channel = table.Column<string>(maxLength: 16, nullable: false),
                Subject = table.Column<string>(maxLength: 200, nullable: false),
                Body = table.Column<string>(nullable: true),
                At = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Communications", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CommitteeVotes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                MemberId = table.Column<Guid>(nullable: false),
                Choice = table.Column<string>(maxLength: 8, nullable: false),
                Reasons = table.Column<string>(maxLength: 2000, nullable: true),
                CastAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CommitteeVotes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Registrations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                BeneficiaryId = table.Column<Guid>(nullable: true),
                FileNumber = table.Column<string>(maxLength: 32, nullable: false),
                Year = table.Column<int>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                RegisteredAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Registrations", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ServiceDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                ServiceName = table.Column<string>(maxLength: 200, nullable: false),
                DeliveredOn = table.Column<DateOnly>(nullable: false),
                DeliveredBy = table.Column<Guid>(nullable: false),
                Quantity = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ServiceDeliveries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "SatisfactionSurveys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Token = table.Column<string>(maxLength: 64, nullable: false),
                IssuedAt = table.Column<DateTimeOffset>(nullable: false),
                ClosesAt = table.Column<DateTimeOffset>(nullable: false),
                AnsweredAt = table.Column<DateTimeOffset>(nullable: true),
                Csat = table.Column<int>(nullable: true),
                Nps = table.Column<int>(nullable: true),
                Comment = table.Column<string>(maxLength: 2000, nullable: true),
                IsAnonymous = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SatisfactionSurveys", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Attestations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Method = table.Column<string>(maxLength: 16, nullable: false),
                AttestedAt = table.Column<DateTimeOffset>(nullable: false),
                DataHash = table.Column<string>(maxLength: 128, nullable: false),
                DeclarationText = table.Column<string>(maxLength: 4000, nullable: false),
                Signature = table.Column<string>(nullable: true),
                RecordedBy = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Attestations", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AssociationPolicySettings",
            columns: table => new
            {
                AssociationId = table.Column<Guid>(nullable: false),
                DeclarationAr = table.Column<string>(maxLength: 4000, nullable: false),
                DeclarationEn = table.Column<string>(maxLength: 4000, nullable: false),
                CommitteeQuorum = table.Column<int>(nullable: true),
                CommitteeMajority = table.Column<string>(maxLength: 16, nullable: false),
                ChairBreaksTie = table.Column<bool>(nullable: false),
                CommitteeChairId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AssociationPolicySettings", x => x.AssociationId);
                table.ForeignKey("FK_AssociationPolicySettings_Associations_AssociationId", x => x.AssociationId, "Associations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "NotificationMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                SourceId = table.Column<Guid>(nullable: true),
                Event = table.Column<string>(maxLength: 64, nullable: false),
                Channel = table.Column<string>(maxLength: 16, nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                Address = table.Column<string>(maxLength: 256, nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: true),
                Body = table.Column<string>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                NextAttemptAt = table.Column<DateTimeOffset>(nullable: true),
                SentAt = table.Column<DateTimeOffset>(nullable: true),
                LastError = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_NotificationMessages", x => x.Id));

        migrationBuilder.CreateIndex("IX_Beneficiaries_AssociationId_NationalId", "Beneficiaries", ["AssociationId", "NationalId"], unique: true);
        migrationBuilder.CreateIndex("IX_BeneficiaryDocuments_AssociationId", "BeneficiaryDocuments", "AssociationId");
        migrationBuilder.CreateIndex("IX_BeneficiaryDocuments_BeneficiaryId", "BeneficiaryDocuments", "BeneficiaryId");
        migrationBuilder.CreateIndex("IX_BeneficiaryDocuments_CaseId", "BeneficiaryDocuments", "CaseId");
        migrationBuilder.CreateIndex("IX_SupportTypes_AssociationId_Code", "SupportTypes", ["AssociationId", "Code"], unique: true);
        migrationBuilder.CreateIndex("IX_Cases_Reference", "Cases", "Reference", unique: true);
        migrationBuilder.CreateIndex("IX_Cases_AssociationId_Year_Sequence", "Cases", ["AssociationId", "Year", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_Cases_BeneficiaryId", "Cases", "BeneficiaryId");
        migrationBuilder.CreateIndex("IX_Cases_WorkflowInstanceId", "Cases", "WorkflowInstanceId");
        migrationBuilder.CreateIndex("IX_Inquiries_AssociationId", "Inquiries", "AssociationId");
        migrationBuilder.CreateIndex("IX_Inquiries_CaseId", "Inquiries", "CaseId");
        migrationBuilder.CreateIndex("IX_Communications_AssociationId", "Communications", "AssociationId");
        migrationBuilder.CreateIndex("IX_Communications_CaseId", "Communications", "CaseId");
        migrationBuilder.CreateIndex("IX_CommitteeVotes_AssociationId", "CommitteeVotes", "AssociationId");
        migrationBuilder.CreateIndex("IX_CommitteeVotes_CaseId", "CommitteeVotes", "CaseId");
        migrationBuilder.CreateIndex("IX_Registrations_AssociationId_FileNumber", "Registrations", ["AssociationId", "FileNumber"], unique: true);
        migrationBuilder.CreateIndex("IX_Registrations_CaseId", "Registrations", "CaseId", unique: true);
        migrationBuilder.CreateIndex("IX_ServiceDeliveries_AssociationId", "ServiceDeliveries", "AssociationId");
        migrationBuilder.CreateIndex("IX_ServiceDeliveries_CaseId", "ServiceDeliveries", "CaseId");
        migrationBuilder.CreateIndex("IX_SatisfactionSurveys_Token", "SatisfactionSurveys", "Token", unique: true);
        migrationBuilder.CreateIndex("IX_SatisfactionSurveys_CaseId", "SatisfactionSurveys", "CaseId", unique: true);
        migrationBuilder.CreateIndex("IX_SatisfactionSurveys_AssociationId", "SatisfactionSurveys", "AssociationId");
        migrationBuilder.CreateIndex("IX_Attestations_AssociationId", "Attestations", "AssociationId");
        migrationBuilder.CreateIndex("IX_Attestations_CaseId", "Attestations", "CaseId");
        migrationBuilder.CreateIndex("IX_NotificationMessages_AssociationId_CaseId", "NotificationMessages", ["AssociationId", "CaseId"]);
        migrationBuilder.CreateIndex("IX_NotificationMessages_Status_NextAttemptAt", "NotificationMessages", ["Status", "NextAttemptAt"]);
        migrationBuilder.CreateIndex("IX_NotificationMessages_SourceId_Channel_Address", "NotificationMessages", ["SourceId", "Channel", "Address"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "NotificationMessages", "AssociationPolicySettings", "Attestations", "SatisfactionSurveys", "ServiceDeliveries",
            "Registrations", "CommitteeVotes", "Communications", "Inquiries", "Cases", "SupportTypes",
            "BeneficiaryDocuments", "Beneficiaries",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
