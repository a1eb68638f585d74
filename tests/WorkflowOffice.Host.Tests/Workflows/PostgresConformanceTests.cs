using WorkflowOffice.Testing;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>The engine's conformance suite on PostgreSQL through <see cref="Host.Workflows.Persistence.EfWorkflowStore"/>.</summary>
public sealed class PostgresConformanceTests(WorkflowDatabaseFixture database) : WorkflowConformanceTests, IClassFixture<WorkflowDatabaseFixture>
{
    protected override Task<WorkflowBackend> CreateBackendAsync() =>
        Task.FromResult(new WorkflowBackend(database.NewStore(Clock), database.NewDefinitions(Clock)));
}
