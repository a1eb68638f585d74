namespace WorkflowOffice.Host.Workflows;

/// <summary>The <c>Workflows</c> configuration section.</summary>
public sealed class WorkflowsOptions
{
    public const string SectionName = "Workflows";

    /// <summary>Quartz scheduler name: hosts sharing one database with the same name form one cluster.</summary>
    public string SchedulerName { get; set; } = "WorkflowOffice";

    /// <summary>How many timers one host fires at the same time (Quartz's thread pool).</summary>
    public int TimerConcurrency { get; set; } = 8;

    /// <summary>How often one host of the cluster looks for due timers that Quartz has not fired.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How late a pending timer must be before the sweep fires it itself (Quartz normally fires it first).</summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delays between the automatic retries of a failed activity; the engine's defaults when empty.</summary>
    public List<TimeSpan> IncidentRetryDelays { get; set; } = [];
}
