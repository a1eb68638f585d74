using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Testing;

/// <summary>A scheduler that is down: every call throws, as if the process crashed right after the commit.</summary>
public sealed class FailingTimerScheduler : ITimerScheduler
{
    /// <summary>Calls received.</summary>
    public int Calls { get; private set; }

    /// <inheritdoc />
    public ValueTask ScheduleAsync(Guid timerId, Guid instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        Calls++;
        throw new InvalidOperationException("Injected failure: the scheduler is unreachable.");
    }

    /// <inheritdoc />
    public ValueTask CancelAsync(Guid timerId, CancellationToken cancellationToken = default)
    {
        Calls++;
        throw new InvalidOperationException("Injected failure: the scheduler is unreachable.");
    }
}
