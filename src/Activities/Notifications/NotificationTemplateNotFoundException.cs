namespace WorkflowOffice.Activities.Notifications;

/// <summary>No template exists for a key (neither the association's override nor the shipped default); the message names the key.</summary>
public sealed class NotificationTemplateNotFoundException : Exception
{
    /// <summary>Creates the exception for a key and association.</summary>
    public NotificationTemplateNotFoundException(TemplateKey key, string? associationCode)
        : base($"No notification template '{key}' ({key.FileName}) was found{(associationCode is null ? string.Empty : $" for association {associationCode}")}.")
    {
        Key = key;
        AssociationCode = associationCode;
    }

    /// <summary>Creates the exception with a message.</summary>
    public NotificationTemplateNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NotificationTemplateNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public NotificationTemplateNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The missing template's key.</summary>
    public TemplateKey? Key { get; }

    /// <summary>The association whose override was looked for, if any.</summary>
    public string? AssociationCode { get; }
}
