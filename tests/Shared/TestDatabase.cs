using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Tests.Shared;

/// <summary>
/// A fresh, empty database for one host under test: a new database on the private PostgreSQL of
/// <c>WO_TEST_POSTGRES</c>, or a new SQLite file in a temporary folder (the README's embedded default). Host and
/// browser tests run on both, so a query that only one provider can run fails a test.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WO_TEST_POSTGRES";

    private readonly string? _folder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file (null on PostgreSQL).</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    public static string PostgresMaintenance =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run ./test.sh (it starts a private PostgreSQL 15), or export {PostgresVariable}='Host=127.0.0.1;Port=5432;Username=postgres;Password=...;Database=postgres'.");

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string purpose)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory($"wo-{purpose}-").FullName;
            var file = Path.Combine(folder, "workflowoffice.db");
            return new TestDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), folder);
        }

        var name = $"wo_test_{purpose}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await ExecuteOnMaintenanceAsync($"CREATE DATABASE \"{name}\"");
        return new TestDatabase(provider, new NpgsqlConnectionStringBuilder(PostgresMaintenance) { Database = name, Pooling = false }.ConnectionString, null);
    }

    /// <summary>Points the host at this database (the settings an operator would give).</summary>
    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider.ToString());
        if (Provider == DatabaseProvider.Postgres)
        {
            builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        }
        else
        {
            builder.UseSetting("Database:SqlitePath", SqliteFile);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnMaintenanceAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        else if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a background job that has not stopped yet: the temp folder is left behind.
            }
        }
    }

    private static async Task ExecuteOnMaintenanceAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresMaintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
