using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Workflows.Timers;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Host.Tests.Workflows.Timers;

/// <summary>
/// The embedded default: the whole host (migrations, Quartz's hosted service, start-up recovery) on a fresh
/// SQLite file, and a timer that Quartz's SQLite job store fires through the runtime.
/// </summary>
public sealed class SqliteTimerHostTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"wo-sqlite-timers-{Guid.NewGuid():N}");
    private readonly string _schedulerName = $"wo-sqlite-{Guid.NewGuid():N}";
    private SqliteHostFactory? _factory;

    private IServiceProvider Services => _factory!.Services;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _factory = new SqliteHostFactory(Path.Combine(_directory, "workflowoffice.db"), _schedulerName);
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ShortTimer_OnSqlite_IsFiredByTheHostsQuartz_AndTheInstanceMovesOn()
    {
        var runtime = Services.GetRequiredService<WorkflowRuntime>();
        Services.GetRequiredService<ITimerScheduler>().Should().BeOfType<QuartzTimerScheduler>("the host hands timers to Quartz, not to a stand-in");
        var key = $"sqlite-timer-{Guid.NewGuid():N}";
        await runtime.DeployAsync(TimerModel("PT2S"), key);

        var started = await runtime.StartAsync(key, null, null, Actor.System);
        var timerId = started.Waits.Single(w => w.Kind == WaitKind.Timer).Id;
        (await Services.GetRequiredService<QuartzTimerScheduler>().GetScheduledTimerIdsAsync()).Should().Contain(timerId, "the trigger is in Quartz's SQLite tables once the step committed");

        var status = await Eventually.WaitForAsync(async () => (await runtime.GetInstanceAsync(started.InstanceId))!.Status, s => s == InstanceStatus.Completed);

        status.Should().Be(InstanceStatus.Completed);
        var journal = await runtime.GetJournalAsync(started.InstanceId);
        journal.Where(e => e.Kind == JournalKind.ElementEntered).Select(e => e.ElementId).Should().Equal("start", "wait", "end");
        journal.Should().ContainSingle(e => e.Kind == JournalKind.TimerFired);
        (await runtime.GetInstanceAsync(started.InstanceId))!.Waits.Should().BeEmpty();
    }

    [Fact]
    public async Task TimerPendingAtShutdown_OnSqlite_IsFiredAfterTheHostRestarts()
    {
        var key = $"sqlite-restart-{Guid.NewGuid():N}";
        var runtime = Services.GetRequiredService<WorkflowRuntime>();
        await runtime.DeployAsync(TimerModel("PT3S"), key);
        var started = await runtime.StartAsync(key, null, null, Actor.System);

        // The host stops before the timer is due; a new host on the same file (same scheduler) fires it.
        var path = _factory!.DatabasePath;
        await _factory.DisposeAsync();
        _factory = new SqliteHostFactory(path, _schedulerName);
        _ = _factory.Server;
        var restarted = Services.GetRequiredService<WorkflowRuntime>();

        var status = await Eventually.WaitForAsync(async () => (await restarted.GetInstanceAsync(started.InstanceId))!.Status, s => s == InstanceStatus.Completed);

        status.Should().Be(InstanceStatus.Completed);
        (await restarted.GetJournalAsync(started.InstanceId)).Should().ContainSingle(e => e.Kind == JournalKind.TimerFired);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        // Pooled SQLite connections keep the file open until cleared.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static string TimerModel(string duration) => Process("p", $"""
        <bpmn:startEvent id="start" />
        <bpmn:intermediateCatchEvent id="wait">{Timer("timeDuration", duration)}</bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="end" />
        """ + Chain("start", "wait", "end"));

    /// <summary>The real host on a SQLite file (the embedded default), Production environment, no demo data.</summary>
    private sealed class SqliteHostFactory(string databasePath, string schedulerName) : WebApplicationFactory<Program>
    {
        public string DatabasePath => databasePath;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:SqlitePath", databasePath);
            builder.UseSetting("Workflows:SchedulerName", schedulerName);
        }
    }
}
