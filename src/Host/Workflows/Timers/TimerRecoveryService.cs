namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>At start-up, gives Quartz the triggers of pending timers it lost (see <see cref="TimerRecovery"/>).</summary>
/// <param name="recovery">The repair.</param>
/// <param name="logger">Reports a failed recovery (the sweep still covers it).</param>
internal sealed class TimerRecoveryService(TimerRecovery recovery, ILogger<TimerRecoveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await recovery.RecoverAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Timer recovery failed at start-up; the timer sweep fires overdue timers meanwhile.");
        }
    }
}
