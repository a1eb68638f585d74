using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// An association's own wording of one notification template (event × language × channel), edited in the
/// administration pages. It wins over the shipped file for the association's next message; deleting it
/// ("reset to shipped") brings the shipped text back. One row per key, with the version counting the saves and who
/// saved last and when, so a message's wording can be traced.
/// </summary>
public sealed class NotificationTemplateOverride : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public string Event { get; set; } = "";

    /// <summary><c>ar</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "ar";

    /// <summary><c>sms</c>, <c>email</c> or <c>portal</c>.</summary>
    public string Channel { get; set; } = "";

    /// <summary>The Handlebars source (validated before it is saved).</summary>
    public string Text { get; set; } = "";

    /// <summary>1 for the first save, then one more per save.</summary>
    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The staff member (user id) who saved this version.</summary>
    public Guid UpdatedBy { get; set; }
}
