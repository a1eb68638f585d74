namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// Moves notifications requested by workflow steps (raw rows of the engine store's outbox, written in the step's
/// transaction) into rendered <see cref="NotificationMessage"/>s, atomically with marking the source row done, so
/// that each request yields its messages exactly once.
/// </summary>
public interface INotificationRelay
{
    Task<int> RelayAsync(CancellationToken cancellationToken);
}
