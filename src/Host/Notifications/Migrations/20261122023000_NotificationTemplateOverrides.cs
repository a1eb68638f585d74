using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Notifications.Migrations;

/// <summary>
/// The associations' own wording of notification templates, edited in the administration pages (issue 5): one row
/// per association × event × language × channel, with version, time and author.
/// </summary>
[DbContext(typeof(WorkflowOfficeDbContext))]
[Migration("20261122023000_NotificationTemplateOverrides")]
public sealed class AddNotificationTemplateOverrides : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "NotificationTemplateOverrides",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssociationId = table.Column<Guid>(nullable: false),
                Event = table.Column<string>(maxLength: 64, nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                Channel = table.Column<string>(maxLength: 16, nullable: false),
                Text = table.Column<string>(maxLength: 8000, nullable: false),
                Version = table.Column<int>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_NotificationTemplateOverrides", x => x.Id));

        migrationBuilder.CreateIndex(
            "IX_NotificationTemplateOverrides_Key",
            "NotificationTemplateOverrides",
            ["AssociationId", "Event", "Language", "Channel"],
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("NotificationTemplateOverrides");
}
