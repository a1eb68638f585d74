using WorkflowOffice.Host.Notifications;

namespace WorkflowOffice.Host.Administration;

/// <summary>One rendered message of an outbox row: its channel, the recipient masked, the text as sent and its state.</summary>
public sealed record OutboxLine(string Channel, string Recipient, string? Subject, string? Text, NotificationStatus Status, DateTimeOffset? SentAt, string? LastError);
