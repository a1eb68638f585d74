using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Infrastructure;
using WorkflowOffice.Host.Workflows.Outbox;
using WorkflowOffice.Host.Workflows.Persistence;
using WorkflowOffice.Testing;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>A fresh, migrated PostgreSQL database for one test class, dropped at the end.</summary>
public sealed class WorkflowDatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public DatabaseSettings Settings { get; private set; } = null!;

    public IDbContextFactory<WorkflowOfficeDbContext> Contexts { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var created = await PostgresServer.CreateDatabaseAsync("workflows");

        // Pooled like the host (the helper turns pooling off for databases it drops right after one use).
        ConnectionString = new NpgsqlConnectionStringBuilder(created) { Pooling = true }.ConnectionString;
        Settings = new DatabaseSettings(DatabaseProvider.Postgres, ConnectionString);
        Contexts = WorkflowDbContextFactory.Create(Settings);
        await using var db = await Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    /// <summary>A store on this database (each has its own memory of loaded states, like a separate host).</summary>
    public EfWorkflowStore NewStore(TimeProvider clock) => new(Contexts, new OutboxWriter(clock));

    public EfDefinitionRepository NewDefinitions(TimeProvider clock) => new(Contexts, clock);

    /// <summary>
    /// A runtime on <paramref name="store"/> (default: a store of its own, i.e. a separate host), with the test
    /// activities and an in-memory scheduler on <paramref name="clock"/>.
    /// </summary>
    public WorkflowRuntime NewRuntime(TimeProvider clock, IWorkflowStore? store = null) =>
        new(store ?? NewStore(clock), NewDefinitions(clock), new InMemoryTimerScheduler(clock), TestActivities.Create(), clock);

    /// <summary>Deploys a model under a key of its own (the test classes' models share the database); returns the key.</summary>
    public static async Task<string> DeployAsync(WorkflowRuntime runtime, string xml, string prefix)
    {
        var key = $"{prefix}-{Guid.NewGuid():N}";
        await runtime.DeployAsync(xml, key);
        return key;
    }

    /// <summary>Runs one statement (with <c>@id</c> bound when given); returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, Guid? id = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (id is { } value)
        {
            command.Parameters.AddWithValue("id", value);
        }

        return await command.ExecuteScalarAsync();
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString.Length > 0)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
