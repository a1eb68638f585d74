namespace WorkflowOffice.Activities.Notifications;

/// <summary>
/// How a notification reaches its recipient (GOAL-3 and GOAL-4: answers through several channels, reaching the
/// beneficiary where they are). Portal messages appear in the website's inbox (CH-7) and the staff inbox.
/// </summary>
public enum NotificationChannel
{
    /// <summary>A text message to the recipient's mobile; plain text, short.</summary>
    Sms,

    /// <summary>An email; the body is HTML and every value is HTML-escaped.</summary>
    Email,

    /// <summary>A message in the portal inbox; plain text (the page escapes it when shown).</summary>
    Portal,
}
