using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Workflows;
using WorkflowOffice.Host.Workflows.Timers;
using WorkflowOffice.Testing;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>
/// One "host" of the workflow engine on a test database: the services <c>AddWorkflows</c> registers, with a
/// real Quartz scheduler on the persistent job store, started and stopped by the test.
/// </summary>
internal sealed class WorkflowTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private IScheduler? _quartz;

    private WorkflowTestHost(ServiceProvider services) => _services = services;

    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();

    public IWorkflowStore Store => _services.GetRequiredService<IWorkflowStore>();

    public QuartzTimerScheduler Timers => _services.GetRequiredService<QuartzTimerScheduler>();

    public TimerRecovery Recovery => _services.GetRequiredService<TimerRecovery>();

    public TimerSweepJob Sweep => new(
        Store, Runtime, TimeProvider.System, _services.GetRequiredService<IOptions<WorkflowsOptions>>(), _services.GetRequiredService<ILogger<TimerSweepJob>>());

    /// <summary>Builds a host; <paramref name="scheduler"/> replaces the Quartz scheduler the runtime uses (e.g. a broken one).</summary>
    public static WorkflowTestHost Create(WorkflowDatabaseFixture database, string schedulerName, ITimerScheduler? scheduler = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(TestActivities.Create());
        if (scheduler is not null)
        {
            services.AddSingleton(scheduler);
        }

        services.AddWorkflowServices(database.Settings, new WorkflowsOptions { SchedulerName = schedulerName, SweepGrace = TimeSpan.Zero });
        return new WorkflowTestHost(services.BuildServiceProvider());
    }

    /// <summary>Starts Quartz (it then fires due triggers).</summary>
    public async Task StartQuartzAsync()
    {
        _quartz = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await _quartz.Start();
    }

    /// <summary>Whether Quartz still holds a trigger for the timer.</summary>
    public async Task<bool> HasTriggerAsync(Guid timerId) => (await Timers.GetScheduledTimerIdsAsync()).Contains(timerId);

    public async ValueTask DisposeAsync()
    {
        // Quartz keeps schedulers in a process-wide repository by name: shut this one down (started or not) so
        // that the next host of the same name gets its own.
        _quartz ??= await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await _quartz.Shutdown(waitForJobsToComplete: true);

        await _services.DisposeAsync();
    }
}
