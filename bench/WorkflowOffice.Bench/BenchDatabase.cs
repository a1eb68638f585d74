using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Bench;

/// <summary>
/// A throwaway PostgreSQL database for a benchmark run, migrated like the host's. The server comes from
/// <c>--postgres CONNECTION</c>, else <c>WO_BENCH_POSTGRES</c>, else the development server (127.0.0.1:55432).
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres;Database=postgres";

    private readonly string _maintenance;

    private BenchDatabase(string maintenance, string connectionString)
    {
        _maintenance = maintenance;
        ConnectionString = connectionString;
        Settings = new DatabaseSettings(DatabaseProvider.Postgres, connectionString);
    }

    public string ConnectionString { get; }

    public DatabaseSettings Settings { get; }

    public NpgsqlConnectionStringBuilder Builder => new(ConnectionString);

    public static async Task<BenchDatabase> CreateAsync(BenchmarkOptions options, string purpose, int maxPoolSize)
    {
        var maintenance = options.Extra.TryGetValue("postgres", out var given) ? given
            : Environment.GetEnvironmentVariable("WO_BENCH_POSTGRES") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultServer;
        var name = $"wo_bench_{purpose}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(maintenance))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(maintenance) { Database = name, MaxPoolSize = maxPoolSize }.ConnectionString;
        var database = new BenchDatabase(maintenance, connectionString);
        await using var db = await WorkflowDbContextFactory.Create(database.Settings).CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>
    /// Brings the server to a comparable rest before a measurement: <c>VACUUM (ANALYZE)</c> of the database, so
    /// that no autovacuum of what was just written runs during the measurement, and a <c>CHECKPOINT</c>, so that
    /// each measurement starts a checkpoint cycle (full-page writes) the same way.
    /// </summary>
    public async Task SettleAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "VACUUM (ANALYZE)", "CHECKPOINT" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Builder.Database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
