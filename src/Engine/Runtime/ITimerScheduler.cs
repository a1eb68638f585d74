namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// Wakes the runtime when a timer is due by calling <see cref="WorkflowRuntime.FireTimerAsync"/>. Called after
/// commit and best-effort: the committed due time is the truth, a lost schedule is repaired by
/// <see cref="WorkflowRuntime.RecoverTimersAsync"/>, and a fire for a resolved wait does nothing. Scheduling the
/// same timer id twice replaces the first schedule.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Arranges for <see cref="WorkflowRuntime.FireTimerAsync"/>(<paramref name="instanceId"/>, <paramref name="timerId"/>) at <paramref name="dueAt"/>.</summary>
    ValueTask ScheduleAsync(Guid timerId, Guid instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken = default);

    /// <summary>Drops a schedule; unknown ids are ignored.</summary>
    ValueTask CancelAsync(Guid timerId, CancellationToken cancellationToken = default);
}
