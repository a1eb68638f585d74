using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// Gives Quartz a trigger for every pending timer of the store that it does not hold: the repair for a crash
/// between a step's commit and the scheduling of its timers. It is the runtime's
/// <see cref="WorkflowRuntime.RecoverTimersAsync"/> with one difference: triggers Quartz already holds are left
/// alone instead of being written again, which keeps a restart with many pending timers cheap.
/// </summary>
/// <param name="store">The committed truth.</param>
/// <param name="scheduler">Quartz.</param>
/// <param name="logger">Reports what was repaired.</param>
public sealed class TimerRecovery(IWorkflowStore store, QuartzTimerScheduler scheduler, ILogger<TimerRecovery> logger)
{
    /// <summary>Schedules the missing triggers; returns how many there were.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var pending = await store.GetPendingTimersAsync(DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
        var scheduled = await scheduler.GetScheduledTimerIdsAsync(cancellationToken).ConfigureAwait(false);
        var missing = pending.Where(t => !scheduled.Contains(t.TimerId)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var stored = await scheduler.ScheduleManyAsync(missing, cancellationToken).ConfigureAwait(false);
        logger.LogWarning("Rescheduled {Stored} of {Pending} pending workflow timers that Quartz did not hold.", stored, pending.Count);
        return stored;
    }
}
