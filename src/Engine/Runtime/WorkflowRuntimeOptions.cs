namespace WorkflowOffice.Engine.Runtime;

/// <summary>Tuning of the runtime; the defaults suit production.</summary>
public sealed class WorkflowRuntimeOptions
{
    /// <summary>
    /// Delays between the automatic retries of a failed activity (default 10 s, 1 min, 5 min: three retries).
    /// After the last one the incident waits for an administrator.
    /// </summary>
    public IReadOnlyList<TimeSpan> IncidentRetryDelays { get; set; } = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];

    /// <summary>A step entering more elements than this fails (a loop without a wait state); default 10,000.</summary>
    public int MaxElementsPerStep { get; set; } = 10_000;

    /// <summary>How many times a step is re-run after a concurrency conflict before the conflict is reported; default 5.</summary>
    public int MaxConflictRetries { get; set; } = 5;

    /// <summary>
    /// Called when the scheduler fails after a commit (the timer is safe in the store and is rescheduled by
    /// <see cref="WorkflowRuntime.RecoverTimersAsync"/>); the host logs it. Arguments: the timer id and the error.
    /// </summary>
    public Action<Guid, Exception>? OnSchedulerError { get; set; }
}
