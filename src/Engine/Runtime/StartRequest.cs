namespace WorkflowOffice.Engine.Runtime;

/// <summary>What <see cref="WorkflowRuntime.StartAsync(StartRequest, CancellationToken)"/> starts.</summary>
/// <param name="DefinitionKey">The definition key.</param>
/// <param name="Actor">Who starts it.</param>
public sealed record StartRequest(string DefinitionKey, Actor Actor)
{
    /// <summary>
    /// The definition version to run, or <c>null</c> for the latest. A host pins it when a later version may be
    /// deployed without being the one new work should follow (e.g. a drafted, unpublished edition).
    /// </summary>
    public int? Version { get; init; }

    /// <summary>
    /// The id of the new instance, or <c>null</c> for a fresh one. A caller that must start exactly once across
    /// crashes passes a deterministic id (e.g. its own record's id): a second start with the same id then fails
    /// with <see cref="ConcurrencyConflictException"/> at <see cref="ConcurrencyConflictException.ExpectedVersion"/>
    /// 0, meaning "already started", and the existing instance is the one to keep.
    /// </summary>
    public Guid? InstanceId { get; init; }

    /// <summary>Business key, e.g. a case number.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Initial variables (JSON-compatible values).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
}
