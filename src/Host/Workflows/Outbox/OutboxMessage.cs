using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Outbox;

/// <summary>
/// A message to send (a notification), written in the same transaction as the step that asked for it; a
/// dispatcher sends it after commit, retries with backoff and finally dead-letters it.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    /// <summary>The workflow instance that asked, if any.</summary>
    public Guid? InstanceId { get; set; }

    /// <summary>What the payload is, e.g. <c>notification</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The message as JSON (for a notification: event, template, recipient reference, data).</summary>
    public string PayloadJson { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the dispatcher should try (again); <c>null</c> once sent or dead-lettered.</summary>
    public DateTime? NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? DeadLetteredAt { get; set; }

    /// <summary>The last sending error (never personal data: the gateway's status, not the message).</summary>
    public string? LastError { get; set; }
}
