namespace WorkflowOffice.Engine.Runtime;

/// <summary>One wait state of an instance. Its <see cref="Id"/> is the task id, timer id or subscription id.</summary>
/// <param name="Id">Stable id: a user task's id, a timer's id, a message subscription's id.</param>
/// <param name="Kind">What resumes it.</param>
/// <param name="TokenId">The token it belongs to (for a boundary event: the token at the activity it is attached to).</param>
/// <param name="ElementId">BPMN id of the element that created it (the task, the catch event, the boundary event).</param>
/// <param name="DueAt">When a timer or a retry is due (the committed due time is the truth); a user task's due date.</param>
/// <param name="MessageName">Message name of a subscription.</param>
/// <param name="CorrelationKey">Correlation key of a subscription (evaluated when it opened).</param>
/// <param name="Task">The user task record, for <see cref="WaitKind.UserTask"/>.</param>
/// <param name="IncidentId">The incident being retried, for <see cref="WaitKind.IncidentRetry"/>.</param>
/// <param name="Occurrence">How many times a repeating timer fired before this occurrence.</param>
public sealed record WaitState(
    Guid Id,
    WaitKind Kind,
    Guid TokenId,
    string ElementId,
    DateTimeOffset? DueAt = null,
    string? MessageName = null,
    string? CorrelationKey = null,
    UserTaskRecord? Task = null,
    Guid? IncidentId = null,
    int Occurrence = 0);
