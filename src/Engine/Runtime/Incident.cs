namespace WorkflowOffice.Engine.Runtime;

/// <summary>A failure of an element: the token stays at the element and the error is kept.</summary>
/// <param name="Id">Stable incident id (the same across retries).</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="TokenId">The token stopped at the element.</param>
/// <param name="ElementId">BPMN id of the failing element.</param>
/// <param name="ErrorType">Exception type name.</param>
/// <param name="ErrorMessage">Exception message (never personal data by convention of activities).</param>
/// <param name="Attempts">How many executions failed so far.</param>
/// <param name="RaisedAt">First failure.</param>
/// <param name="LastFailedAt">Latest failure.</param>
/// <param name="NextRetryAt">When the next automatic retry runs; <c>null</c> when an administrator must retry.</param>
/// <param name="Status">Open, resolved or cancelled.</param>
/// <param name="ResolvedAt">When it was resolved or cancelled.</param>
/// <param name="ResolvedBy">Who retried it successfully (an administrator or <c>system</c>).</param>
public sealed record Incident(
    Guid Id,
    Guid InstanceId,
    Guid TokenId,
    string ElementId,
    string ErrorType,
    string ErrorMessage,
    int Attempts,
    DateTimeOffset RaisedAt,
    DateTimeOffset LastFailedAt,
    DateTimeOffset? NextRetryAt,
    IncidentStatus Status = IncidentStatus.Open,
    DateTimeOffset? ResolvedAt = null,
    string? ResolvedBy = null);
