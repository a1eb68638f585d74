namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// Warms the timer fire path (see <see cref="TimerFireWarmUp"/>) during start-up. Registered before Quartz's
/// hosted service: hosted services start one after the other, so Quartz starts firing once this is done.
/// </summary>
/// <param name="warmUp">The warm-up.</param>
internal sealed class TimerWarmUpService(TimerFireWarmUp warmUp) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => warmUp.WarmAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
