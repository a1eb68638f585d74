namespace WorkflowOffice.Engine.Runtime;

/// <summary>One line of an instance's journal (the case timeline and the audit trail are read from it).</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Sequence">Position in the instance's journal, from 1, without gaps.</param>
/// <param name="At">When it happened (engine clock).</param>
/// <param name="Kind">What happened.</param>
/// <param name="ElementId">BPMN element concerned, if any.</param>
/// <param name="Actor">Actor id (a user id or <c>system</c>).</param>
/// <param name="ReferenceId">Task, timer, subscription or incident id concerned.</param>
/// <param name="Detail">Short detail: an outcome, a message name, an error message.</param>
public sealed record JournalEntry(
    Guid InstanceId,
    long Sequence,
    DateTimeOffset At,
    JournalKind Kind,
    string? ElementId,
    string? Actor,
    Guid? ReferenceId = null,
    string? Detail = null);
