using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Testing;

namespace WorkflowOffice.Engine.Tests.Runtime;

/// <summary>The conformance suite on the in-memory store.</summary>
public sealed class InMemoryConformanceTests : WorkflowConformanceTests
{
    protected override Task<WorkflowBackend> CreateBackendAsync() =>
        Task.FromResult(new WorkflowBackend(new InMemoryWorkflowStore(), new InMemoryDefinitionRepository(Clock)));
}
