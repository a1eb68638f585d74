using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Infrastructure;
using WorkflowOffice.Host.Workflows.Outbox;
using WorkflowOffice.Host.Workflows.Persistence;

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

    public async Task DisposeAsync()
    {
        if (ConnectionString.Length > 0)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
