using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Workflows.Outbox;
using WorkflowOffice.Host.Workflows.Persistence;
using WorkflowOffice.Testing;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>
/// The engine's conformance suite on SQLite (the embedded default) through <see cref="EfWorkflowStore"/>, whose
/// steps there go through EF Core rather than the PostgreSQL batch: one fresh database file per test.
/// </summary>
public sealed class SqliteConformanceTests : WorkflowConformanceTests
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wo-sqlite-workflows-");

    protected override async Task<WorkflowBackend> CreateBackendAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.FullName, "workflows.db"), Pooling = false }.ToString();
        var contexts = WorkflowDbContextFactory.Create(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        return new WorkflowBackend(new EfWorkflowStore(contexts, new OutboxWriter(Clock)), new EfDefinitionRepository(contexts, Clock), new FolderOwner(_folder));
    }

    /// <summary>Deletes the database folder when the test is done.</summary>
    private sealed class FolderOwner(DirectoryInfo folder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            folder.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
