using Quartz;

namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// How a workflow timer is represented in Quartz: one trigger per timer, named after the timer id, on the one
/// durable <see cref="FireTimerJob"/>. (A job per timer would double the rows written for every timer.)
/// </summary>
internal static class TimerTrigger
{
    public const string Group = "workflow-timers";

    public const string InstanceIdKey = "instanceId";

    /// <summary>Transient failures (database down, lost races) are fired again with backoff.</summary>
    private static readonly RetryPolicy Retry = RetryPolicy.Exponential(6, TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(5));

    public static JobKey JobKey { get; } = new("fire-timer", "workflow");

    public static TriggerKey KeyOf(Guid timerId) => new(timerId.ToString("N"), Group);

    public static bool TryParse(TriggerKey key, out Guid timerId)
    {
        timerId = Guid.Empty;
        return key.Group == Group && Guid.TryParseExact(key.Name, "N", out timerId);
    }

    public static IJobDetail Job() => JobBuilder.Create<FireTimerJob>().WithIdentity(JobKey).StoreDurably().Build();

    public static ITrigger Create(Guid timerId, Guid instanceId, DateTimeOffset dueAt) =>
        TriggerBuilder.Create()
            .WithIdentity(KeyOf(timerId))
            .ForJob(JobKey)
            .UsingJobData(InstanceIdKey, instanceId.ToString("N"))
            .StartAt(dueAt)
            .WithRetryPolicy(Retry)
            .Build();
}
