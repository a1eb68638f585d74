namespace WorkflowOffice.Host.Notifications;

/// <summary>Sends one rendered message on one channel; throws to ask for a retry.</summary>
public interface INotificationSender
{
    /// <summary><c>sms</c>, <c>email</c> or <c>portal</c>; <c>*</c> for a sink that takes every channel.</summary>
    string Channel { get; }

    Task SendAsync(NotificationMessage message, CancellationToken cancellationToken);
}
