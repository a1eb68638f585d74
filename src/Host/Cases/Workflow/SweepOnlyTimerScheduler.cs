using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>
/// Stand-in scheduler until the Quartz one is registered: schedules nothing, because the committed due time is
/// the truth and <see cref="WorkflowRuntime.FireDueTimersAsync"/> (the sweep) fires what is due.
/// </summary>
internal sealed class SweepOnlyTimerScheduler : ITimerScheduler
{
    public ValueTask ScheduleAsync(Guid timerId, Guid instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask CancelAsync(Guid timerId, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
