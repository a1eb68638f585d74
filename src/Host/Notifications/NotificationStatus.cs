namespace WorkflowOffice.Host.Notifications;

/// <summary>Where a notification message stands.</summary>
public enum NotificationStatus
{
    /// <summary>Waiting to be sent (first time or after a failed attempt).</summary>
    Pending = 0,

    /// <summary>Sent (or delivered to the portal inbox).</summary>
    Sent = 1,

    /// <summary>Gave up after the last retry; listed for an administrator.</summary>
    DeadLetter = 2,
}
