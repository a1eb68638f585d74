using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowOffice.Host.Persistence.Migrations;

/// <summary>
/// The workflow engine's tables (src/Host/Workflows/Persistence) and the outbox. Written by hand like
/// <see cref="Initial"/>; MigrationSchemaTests compares the result with the model on both providers.
/// </summary>
/// <remarks>
/// No foreign keys between these tables, on purpose: they are written only by <c>EfWorkflowStore</c>, a whole
/// step per transaction, and a foreign key would add an index lookup per inserted row on the hottest path.
/// Quartz's own tables (<c>qrtz_*</c>) are not created here: Quartz 4.7 provisions its schema itself
/// (<c>ProvisionSchema()</c>, see <c>Workflows/Timers/QuartzSetup</c>), from the official scripts it embeds.
/// </remarks>
[DbContext(typeof(WorkflowOfficeDbContext))]
[Migration("20251201000000_Workflows")]
public sealed class Workflows : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WorkflowDefinitions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 200, nullable: false),
                Version = table.Column<int>(nullable: false),
                BpmnXml = table.Column<string>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                DeployedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowDefinitions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WorkflowInstances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                DefinitionKey = table.Column<string>(maxLength: 200, nullable: false),
                DefinitionVersion = table.Column<int>(nullable: false),
                BusinessKey = table.Column<string>(maxLength: 200, nullable: true),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                StateJson = table.Column<string>(nullable: false),
                Version = table.Column<long>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowInstances", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WorkflowTasks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                DefinitionKey = table.Column<string>(maxLength: 200, nullable: false),
                BusinessKey = table.Column<string>(maxLength: 200, nullable: true),
                ElementId = table.Column<string>(maxLength: 200, nullable: false),
                Name = table.Column<string>(maxLength: 400, nullable: true),
                CandidateRoles = table.Column<string>(maxLength: 1000, nullable: false),
                Assignee = table.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                DueAt = table.Column<DateTime>(nullable: true),
                Priority = table.Column<int>(nullable: false),
                Form = table.Column<string>(maxLength: 200, nullable: true),
                Outcomes = table.Column<string>(maxLength: 1000, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                CompletedBy = table.Column<string>(maxLength: 200, nullable: true),
                ClosedAt = table.Column<DateTime>(nullable: true),
                Outcome = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowTasks", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WorkflowTaskCandidates",
            columns: table => new
            {
                TaskId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 100, nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowTaskCandidates", x => new { x.TaskId, x.Role }));

        migrationBuilder.CreateTable(
            name: "WorkflowTimers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                ElementId = table.Column<string>(maxLength: 200, nullable: false),
                DueAt = table.Column<DateTime>(nullable: false),
                Resolved = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowTimers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WorkflowMessageSubscriptions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                ElementId = table.Column<string>(maxLength: 200, nullable: false),
                MessageName = table.Column<string>(maxLength: 200, nullable: false),
                CorrelationKey = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowMessageSubscriptions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WorkflowIncidents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                TokenId = table.Column<Guid>(nullable: false),
                ElementId = table.Column<string>(maxLength: 200, nullable: false),
                ErrorType = table.Column<string>(maxLength: 200, nullable: false),
                ErrorMessage = table.Column<string>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                RaisedAt = table.Column<DateTime>(nullable: false),
                LastFailedAt = table.Column<DateTime>(nullable: false),
                NextRetryAt = table.Column<DateTime>(nullable: true),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                ResolvedAt = table.Column<DateTime>(nullable: true),
                ResolvedBy = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowIncidents", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WorkflowJournal",
            columns: table => new
            {
                InstanceId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                ElementId = table.Column<string>(maxLength: 200, nullable: true),
                Actor = table.Column<string>(maxLength: 200, nullable: true),
                ReferenceId = table.Column<Guid>(nullable: true),
                Detail = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowJournal", x => new { x.InstanceId, x.Sequence }));

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: true),
                Kind = table.Column<string>(maxLength: 64, nullable: false),
                PayloadJson = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: true),
                SentAt = table.Column<DateTime>(nullable: true),
                DeadLetteredAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));

        migrationBuilder.CreateIndex("IX_WorkflowDefinitions_Key_Version", "WorkflowDefinitions", ["Key", "Version"], unique: true);
        migrationBuilder.CreateIndex("IX_WorkflowInstances_AssociationId_BusinessKey", "WorkflowInstances", ["AssociationId", "BusinessKey"]);
        migrationBuilder.CreateIndex("IX_WorkflowInstances_AssociationId_Status", "WorkflowInstances", ["AssociationId", "Status"]);
        migrationBuilder.CreateIndex("IX_WorkflowTasks_AssociationId_Status_Assignee", "WorkflowTasks", ["AssociationId", "Status", "Assignee"]);
        migrationBuilder.CreateIndex("IX_WorkflowTasks_AssociationId_Status_DueAt", "WorkflowTasks", ["AssociationId", "Status", "DueAt"]);
        migrationBuilder.CreateIndex("IX_WorkflowTasks_InstanceId", "WorkflowTasks", "InstanceId");
        migrationBuilder.CreateIndex("IX_WorkflowTaskCandidates_AssociationId_Role", "WorkflowTaskCandidates", ["AssociationId", "Role"]);
        migrationBuilder.CreateIndex("IX_WorkflowTimers_Resolved_DueAt", "WorkflowTimers", ["Resolved", "DueAt"]);
        migrationBuilder.CreateIndex("IX_WorkflowTimers_AssociationId_InstanceId", "WorkflowTimers", ["AssociationId", "InstanceId"]);
        migrationBuilder.CreateIndex("IX_WorkflowMessageSubscriptions_MessageName_CorrelationKey", "WorkflowMessageSubscriptions", ["MessageName", "CorrelationKey"]);
        migrationBuilder.CreateIndex("IX_WorkflowMessageSubscriptions_AssociationId_InstanceId", "WorkflowMessageSubscriptions", ["AssociationId", "InstanceId"]);
        migrationBuilder.CreateIndex("IX_WorkflowIncidents_AssociationId_Status", "WorkflowIncidents", ["AssociationId", "Status"]);
        migrationBuilder.CreateIndex("IX_WorkflowIncidents_InstanceId", "WorkflowIncidents", "InstanceId");
        migrationBuilder.CreateIndex("IX_WorkflowJournal_AssociationId_At", "WorkflowJournal", ["AssociationId", "At"]);
        migrationBuilder.CreateIndex("IX_OutboxMessages_NextAttemptAt", "OutboxMessages", "NextAttemptAt");
        migrationBuilder.CreateIndex("IX_OutboxMessages_AssociationId_CreatedAt", "OutboxMessages", ["AssociationId", "CreatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "OutboxMessages", "WorkflowJournal", "WorkflowIncidents", "WorkflowMessageSubscriptions", "WorkflowTimers",
            "WorkflowTaskCandidates", "WorkflowTasks", "WorkflowInstances", "WorkflowDefinitions",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
