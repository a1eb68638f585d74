using Npgsql;
using WorkflowOffice.Tests.Shared;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the integration tests run against, from <c>WO_TEST_POSTGRES</c> (a superuser on a
/// maintenance database). test.sh always provides it; without it the tests fail loudly instead of skipping.
/// </summary>
public static class PostgresServer
{
    public const string Variable = TestDatabase.PostgresVariable;

    public static string MaintenanceConnectionString => TestDatabase.PostgresMaintenance;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"wo_test_{purpose}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(MaintenanceConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(MaintenanceConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(MaintenanceConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
