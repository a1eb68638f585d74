using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Testing;

/// <summary>The persistence under test: a store and a definition repository, and what to dispose afterwards.</summary>
/// <param name="Store">The store.</param>
/// <param name="Definitions">The definition repository.</param>
/// <param name="Owner">Disposed when the test ends (e.g. a database), if any.</param>
public sealed record WorkflowBackend(IWorkflowStore Store, IDefinitionRepository Definitions, IAsyncDisposable? Owner = null);
