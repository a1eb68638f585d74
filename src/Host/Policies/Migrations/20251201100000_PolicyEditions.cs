using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies.Migrations;

/// <summary>Policies, their editions, the board's votes and comments, and the board quorum per association.</summary>
[DbContext(typeof(WorkflowOfficeDbContext))]
[Migration("20251201100000_PolicyEditions")]
public sealed class PolicyEditions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Policies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 100, nullable: false),
                NameAr = table.Column<string>(maxLength: 300, nullable: false),
                NameEn = table.Column<string>(maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Policies", x => x.Id);
                table.ForeignKey("FK_Policies_Associations_AssociationId", x => x.AssociationId, "Associations", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PolicyEditions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                PolicyId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                BpmnXml = table.Column<string>(nullable: false),
                TemplatesJson = table.Column<string>(nullable: false),
                SettingsJson = table.Column<string>(nullable: false),
                ApprovedSha256 = table.Column<string>(maxLength: 64, nullable: true),
                BoardMeetingNumber = table.Column<int>(nullable: true),
                BoardCycle = table.Column<int>(nullable: true),
                MeetingDate = table.Column<DateOnly>(nullable: true),
                DefinitionKey = table.Column<string>(maxLength: 200, nullable: true),
                DefinitionVersion = table.Column<int>(nullable: true),
                RevisedFromNumber = table.Column<int>(nullable: true),
                CreatedBy = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                SubmittedBy = table.Column<Guid>(nullable: true),
                SubmittedAt = table.Column<DateTimeOffset>(nullable: true),
                ApprovedBy = table.Column<Guid>(nullable: true),
                ApprovedAt = table.Column<DateTimeOffset>(nullable: true),
                ReturnedBy = table.Column<Guid>(nullable: true),
                ReturnedAt = table.Column<DateTimeOffset>(nullable: true),
                PublishedBy = table.Column<Guid>(nullable: true),
                PublishedAt = table.Column<DateTimeOffset>(nullable: true),
                SupersededAt = table.Column<DateTimeOffset>(nullable: true),
                ConcurrencyStamp = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PolicyEditions", x => x.Id);
                table.ForeignKey("FK_PolicyEditions_Associations_AssociationId", x => x.AssociationId, "Associations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_PolicyEditions_Policies_PolicyId", x => x.PolicyId, "Policies", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "EditionVotes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                EditionId = table.Column<Guid>(nullable: false),
                BoardMemberId = table.Column<Guid>(nullable: false),
                Vote = table.Column<string>(maxLength: 16, nullable: false),
                Comment = table.Column<string>(maxLength: 2000, nullable: true),
                At = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EditionVotes", x => x.Id);
                table.ForeignKey("FK_EditionVotes_Associations_AssociationId", x => x.AssociationId, "Associations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_EditionVotes_PolicyEditions_EditionId", x => x.EditionId, "PolicyEditions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EditionComments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                EditionId = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                ElementId = table.Column<string>(maxLength: 200, nullable: true),
                At = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EditionComments", x => x.Id);
                table.ForeignKey("FK_EditionComments_Associations_AssociationId", x => x.AssociationId, "Associations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_EditionComments_PolicyEditions_EditionId", x => x.EditionId, "PolicyEditions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BoardSettings",
            columns: table => new
            {
                AssociationId = table.Column<Guid>(nullable: false),
                Quorum = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BoardSettings", x => x.AssociationId);
                table.ForeignKey("FK_BoardSettings_Associations_AssociationId", x => x.AssociationId, "Associations", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_Policies_AssociationId_Key", "Policies", ["AssociationId", "Key"], unique: true);
        migrationBuilder.CreateIndex("IX_PolicyEditions_AssociationId", "PolicyEditions", "AssociationId");
        migrationBuilder.CreateIndex("IX_PolicyEditions_PolicyId_Number", "PolicyEditions", ["PolicyId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_EditionVotes_AssociationId", "EditionVotes", "AssociationId");
        migrationBuilder.CreateIndex("IX_EditionVotes_EditionId_BoardMemberId", "EditionVotes", ["EditionId", "BoardMemberId"], unique: true);
        migrationBuilder.CreateIndex("IX_EditionComments_AssociationId", "EditionComments", "AssociationId");
        migrationBuilder.CreateIndex("IX_EditionComments_EditionId", "EditionComments", "EditionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("EditionComments");
        migrationBuilder.DropTable("EditionVotes");
        migrationBuilder.DropTable("BoardSettings");
        migrationBuilder.DropTable("PolicyEditions");
        migrationBuilder.DropTable("Policies");
    }
}
