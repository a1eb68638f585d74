namespace WorkflowOffice.Host.Administration;

/// <summary>
/// An outbox message without its payload (the payload carries the beneficiary's contact details, which this list
/// does not show): its kind, state, attempts, the gateway's last error, and the messages rendered from it with
/// their recipients masked.
/// </summary>
public sealed record OutboxItem(
    Guid Id,
    string Kind,
    string? Event,
    DateTimeOffset CreatedAt,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? DeadLetteredAt,
    string? LastError,
    IReadOnlyList<OutboxLine> Lines);
