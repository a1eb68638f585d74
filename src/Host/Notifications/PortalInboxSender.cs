namespace WorkflowOffice.Host.Notifications;

/// <summary>The portal inbox is the message row itself (the public status page reads it): delivering is marking it sent.</summary>
internal sealed class PortalInboxSender : INotificationSender
{
    public string Channel => "portal";

    public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
