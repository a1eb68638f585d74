namespace WorkflowOffice.Host.Administration;

/// <summary>An open incident: which procedure step failed, why, and when it is retried next.</summary>
public sealed record IncidentItem(
    Guid Id,
    Guid InstanceId,
    string? BusinessKey,
    string ElementId,
    string ErrorType,
    string ErrorMessage,
    int Attempts,
    DateTimeOffset RaisedAt,
    DateTimeOffset LastFailedAt,
    DateTimeOffset? NextRetryAt);
