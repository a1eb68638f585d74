using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases.Migrations;

/// <summary>
/// The intake form's one-time key on each case it created (issue 11): a second submission of the same form (a double
/// click, the browser re-posting) finds the case of the first instead of creating another.
/// </summary>
[DbContext(typeof(WorkflowOfficeDbContext))]
[Migration("20261204170000_IntakeKeys")]
public sealed class AddIntakeKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "IntakeKey", table: "Cases", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex("IX_Cases_AssociationId_IntakeKey", "Cases", ["AssociationId", "IntakeKey"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Cases_AssociationId_IntakeKey", "Cases");
        migrationBuilder.DropColumn("IntakeKey", "Cases");
    }
}
