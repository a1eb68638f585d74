using Microsoft.Extensions.Options;

namespace WorkflowOffice.Host.Notifications;

/// <summary>Runs the <see cref="NotificationDispatcher"/> (and the outbox relay) on a timer.</summary>
internal sealed class NotificationDispatchService(
    NotificationDispatcher dispatcher,
    IEnumerable<INotificationRelay> relays,
    IOptions<NotificationsOptions> options,
    ILogger<NotificationDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var relay in relays)
                {
                    await relay.RelayAsync(stoppingToken);
                }

                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Notification dispatch failed; trying again at the next tick");
            }
        }
    }
}
