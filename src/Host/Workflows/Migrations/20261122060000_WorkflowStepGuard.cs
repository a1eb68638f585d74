using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Migrations;

/// <summary>
/// PostgreSQL only: the function with which a step's batch refuses itself when the instance row was not at the
/// expected version. The batch runs without an explicit transaction (PostgreSQL's implicit transaction spans it
/// up to its Sync), so an error in its first statement rolls back everything and the step costs one round trip.
/// The error is a serialization failure (40001), which the store reports as a concurrency conflict.
/// </summary>
[DbContext(typeof(WorkflowOfficeDbContext))]
[Migration("20261122060000_WorkflowStepGuard")]
public sealed class WorkflowStepGuard : Migration
{
    internal const string FunctionName = "workflow_expect_moved";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            return;
        }

        migrationBuilder.Sql($"""
            CREATE OR REPLACE FUNCTION {FunctionName}(moved bigint) RETURNS void LANGUAGE plpgsql AS $guard$
            BEGIN
                IF moved = 0 THEN
                    RAISE EXCEPTION 'The workflow instance is no longer at the version the step started from.'
                        USING ERRCODE = 'serialization_failure';
                END IF;
            END
            $guard$;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {FunctionName}(bigint);");
        }
    }
}
