namespace WorkflowOffice.Host.Notifications;

/// <summary>Placeholder relay when the engine store's outbox is relayed elsewhere.</summary>
internal sealed class NoRelay : INotificationRelay
{
    public Task<int> RelayAsync(CancellationToken cancellationToken) => Task.FromResult(0);
}
