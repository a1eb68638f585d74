using Microsoft.Extensions.Options;
using Quartz;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// The safety net, run by one host of the cluster at a time (a recurring Quartz trigger, no concurrent
/// execution): a timer still pending well after its due time lost its trigger somehow, so it is fired here.
/// Firing is idempotent (a resolved wait does nothing), so racing Quartz's own fire is harmless.
/// </summary>
/// <param name="store">The committed truth.</param>
/// <param name="runtime">Fires the timers.</param>
/// <param name="clock">Now.</param>
/// <param name="options">Grace period.</param>
/// <param name="logger">Reports what the sweep had to fire.</param>
public sealed class TimerSweepJob(IWorkflowStore store, WorkflowRuntime runtime, TimeProvider clock, IOptions<WorkflowsOptions> options, ILogger<TimerSweepJob> logger) : IJob
{
    /// <summary>At most this many timers per sweep, so that one sweep never holds the job for long.</summary>
    internal const int MaxPerSweep = 500;

    public static JobKey Key { get; } = new("timer-sweep", "workflow");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await SweepAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Fires overdue pending timers; returns how many changed their instance.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var overdue = await store.GetPendingTimersAsync(clock.GetUtcNow() - options.Value.SweepGrace, cancellationToken).ConfigureAwait(false);
        var fired = 0;
        foreach (var timer in overdue.Take(MaxPerSweep))
        {
            try
            {
                fired += await runtime.FireTimerAsync(timer.InstanceId, timer.TimerId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
#pragma warning disable CA1031 // One bad timer must not stop the sweep of the others.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "The sweep could not fire timer {TimerId} of instance {InstanceId}.", timer.TimerId, timer.InstanceId);
            }
        }

        if (fired > 0)
        {
            logger.LogWarning("The timer sweep fired {Fired} overdue workflow timer(s) that Quartz had not fired.", fired);
        }

        return fired;
    }
}
