namespace WorkflowOffice.Activities.Notifications;

/// <summary>
/// A template could not be compiled or rendered: a syntax error, a variable the event does not provide, a malformed
/// email header. The message names the key and where the template came from, so the policy owner can fix it.
/// </summary>
public sealed class NotificationTemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotificationTemplateException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NotificationTemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public NotificationTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
