using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// One rendered notification for one recipient on one channel (SMS, email, portal inbox). Rows are created in the
/// same transaction as what caused them; the dispatcher sends them with retries and backoff and finally moves
/// failures to the dead-letter state. Portal messages are the beneficiary's inbox on the public status page.
/// </summary>
public sealed class NotificationMessage : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary>The engine's outbox row this message was rendered from; with <see cref="Channel"/> and <see cref="Address"/> it is unique, so a re-run renders nothing twice.</summary>
    public Guid? SourceId { get; set; }

    public string Event { get; set; } = "";

    /// <summary><c>sms</c>, <c>email</c> or <c>portal</c>.</summary>
    public string Channel { get; set; } = "";

    public string Language { get; set; } = "ar";

    /// <summary>E.164 mobile, e-mail address, or <c>case:{id}</c> for the portal inbox. Never logged.</summary>
    public string Address { get; set; } = "";

    public string? Subject { get; set; }

    public string Body { get; set; } = "";

    public NotificationStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The last error (a status or exception type, never the message or address).</summary>
    public string? LastError { get; set; }
}
