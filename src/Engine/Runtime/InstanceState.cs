namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// The whole state of one workflow instance: what the store persists (as one document) and what a step
/// transforms. A step never modifies the state it is given: it works on a <see cref="Clone"/>, so a state loaded
/// from a store can be shared read-only.
/// </summary>
public sealed class InstanceState
{
    /// <summary>Instance id.</summary>
    public Guid InstanceId { get; set; }

    /// <summary>Key of the definition (the BPMN process id unless deployed under another key).</summary>
    public string DefinitionKey { get; set; } = "";

    /// <summary>Version of the definition the instance started on; it stays on it.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Business key, e.g. a case number; used by correlation and queries.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Where the instance stands.</summary>
    public InstanceStatus Status { get; set; }

    /// <summary>Optimistic concurrency version: 1 after the start step, +1 per committed step.</summary>
    public long Version { get; set; }

    /// <summary>When the instance started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it completed or was terminated.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Number of the last journal entry written (entries are numbered from 1).</summary>
    public long JournalSequence { get; set; }

    /// <summary>
    /// Process variables. Values are JSON-compatible only: <c>null</c>, <see cref="bool"/>, <see cref="decimal"/>,
    /// <see cref="string"/>, <see cref="List{T}"/> of values, <see cref="Dictionary{TKey,TValue}"/> of string to
    /// value. Dates and durations are ISO 8601 strings (see <see cref="VariableValues"/>).
    /// </summary>
    public Dictionary<string, object?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Tokens at rest (waiting or joining).</summary>
    public List<TokenState> Tokens { get; set; } = [];

    /// <summary>Open wait states (tasks, timers, subscriptions, incident retries).</summary>
    public List<WaitState> Waits { get; set; } = [];

    /// <summary>Incidents of this instance, open and closed.</summary>
    public List<Incident> Incidents { get; set; } = [];

    /// <summary>
    /// Due dates of the embedded sub-processes now running that carry <c>wo:dueIn</c>, by the id of the token
    /// waiting at the sub-process; fixed when the sub-process is entered, so a task opened inside it later (a
    /// committee vote repeated until the tally decides) keeps the stage's deadline. <c>null</c> when none.
    /// </summary>
    public Dictionary<Guid, DateTimeOffset>? ScopeDeadlines { get; set; }

    /// <summary>A copy whose lists and variable map can be changed without touching this one.</summary>
    public InstanceState Clone() => new()
    {
        InstanceId = InstanceId,
        DefinitionKey = DefinitionKey,
        DefinitionVersion = DefinitionVersion,
        BusinessKey = BusinessKey,
        Status = Status,
        Version = Version,
        StartedAt = StartedAt,
        EndedAt = EndedAt,
        JournalSequence = JournalSequence,
        Variables = new Dictionary<string, object?>(Variables, StringComparer.Ordinal),
        Tokens = new List<TokenState>(Tokens),
        Waits = new List<WaitState>(Waits),
        Incidents = new List<Incident>(Incidents),
        ScopeDeadlines = ScopeDeadlines is null ? null : new Dictionary<Guid, DateTimeOffset>(ScopeDeadlines),
    };
}
