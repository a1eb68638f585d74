using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Quartz;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Host.Workflows;
using WorkflowOffice.Host.Workflows.Timers;

namespace WorkflowOffice.Bench;

/// <summary>
/// <c>timers</c>: N instances each waiting on one timer, due times spread evenly over a window
/// (<c>--window-seconds</c>, default 600) starting <c>--lead-seconds</c> (default 60) after set-up. The waiting
/// instances are made by the real engine (in memory) and bulk-copied into PostgreSQL; the timers reach Quartz
/// through the host's start-up recovery. The real Quartz job store (clustered, on the same database) fires them
/// through the real runtime and <c>EfWorkflowStore</c>. Halfway, the "host" is stopped and a new one starts.
/// Lateness = journal time of the fire − committed due time; each timer must be fired exactly once.
/// </summary>
public sealed class TimersBenchmark : IBenchmark
{
    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="urn:workflowoffice:bench">
          <bpmn:process id="reminder" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <inheritdoc />
    public string Name => "timers";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, object?>> RunAsync(BenchmarkOptions options)
    {
        var count = options.Instances > 0 ? options.Instances : 100_000;
        var workers = options.Workers > 0 ? options.Workers : 8;
        var window = TimeSpan.FromSeconds(Number(options, "window-seconds", 600));
        var lead = TimeSpan.FromSeconds(Number(options, "lead-seconds", 60));
        await using var database = await BenchDatabase.CreateAsync(options, "timers", maxPoolSize: 3 * workers + 10);

        // 1. The waiting instances, made by the engine itself (one minute before each due time), then bulk-copied.
        var setup = Stopwatch.StartNew();
        var firstDue = DateTimeOffset.UtcNow + lead;
        var states = await MakeWaitingInstancesAsync(count, firstDue, window);
        await using (var host = Host(database, workers))
        {
            await host.GetRequiredService<WorkflowRuntime>().DeployAsync(Model);
        }

        await CopyAsync(database.ConnectionString, states);
        var copySeconds = setup.Elapsed.TotalSeconds;

        // 2. Host A: start-up recovery hands every pending timer to Quartz, then Quartz fires.
        var hostA = Host(database, workers);
        var recovered = await hostA.GetRequiredService<TimerRecovery>().RecoverAsync();
        var scheduleSeconds = setup.Elapsed.TotalSeconds - copySeconds;

        // As the host's start-up does: the fire path is warmed before Quartz takes triggers.
        var warmUpA = await hostA.GetRequiredService<TimerFireWarmUp>().WarmAsync();
        var quartzA = await hostA.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var startedBeforeFirstDue = (firstDue - DateTimeOffset.UtcNow).TotalSeconds;
        await quartzA.Start();

        // While the first timers fire: the .NET thread pool (a starved pool makes fires wait for a thread).
        using var watchStop = new CancellationTokenSource();
        var poolWatch = WatchThreadPoolAsync(firstDue - TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(90), watchStop.Token);

        // 3. Halfway, host A stops (jobs in flight finish) and host B starts on the same database.
        var firedBeforeRestart = await WaitUntilFiredAsync(database.ConnectionString, count / 2, firstDue + window + lead);
        await quartzA.Shutdown(waitForJobsToComplete: true);
        await hostA.DisposeAsync();
        var hostB = Host(database, workers);
        var recoveredAtRestart = await hostB.GetRequiredService<TimerRecovery>().RecoverAsync();
        await hostB.GetRequiredService<TimerFireWarmUp>().WarmAsync();
        var quartzB = await hostB.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await quartzB.Start();

        var fired = await WaitUntilFiredAsync(database.ConnectionString, count, firstDue + window + lead + lead);
        var lastDue = firstDue + window;
        var finishedAt = DateTimeOffset.UtcNow;
        await quartzB.Shutdown(waitForJobsToComplete: true);
        await hostB.DisposeAsync();

        await watchStop.CancelAsync();
        await poolWatch;
        var figures = await MeasureAsync(database.ConnectionString);
        var firstMinute = await MeasureFirstMinuteAsync(database.ConnectionString, firstDue);
        return new Dictionary<string, object?>
        {
            ["bench"] = Name,
            ["timers"] = count,
            ["windowSeconds"] = window.TotalSeconds,
            ["quartzThreads"] = workers,
            ["setupCopySeconds"] = Math.Round(copySeconds, 1),
            ["recoveryScheduleSeconds"] = Math.Round(scheduleSeconds, 1),
            ["recovered"] = recovered,
            ["recoveryTriggersPerSecond"] = Math.Round(recovered / scheduleSeconds, 0),
            ["warmUpMs"] = Math.Round(warmUpA.TotalMilliseconds, 0),

            // Negative: set-up overran --lead-seconds and the first timers were already late when Quartz started.
            ["quartzStartedSecondsBeforeFirstDue"] = Math.Round(startedBeforeFirstDue, 1),
            ["firedBeforeRestart"] = firedBeforeRestart,
            ["recoveredAtRestart"] = recoveredAtRestart,
            ["fired"] = fired,
            ["firedJournalLines"] = figures.Lines,
            ["distinctTimersFired"] = figures.Distinct,
            ["stillPending"] = figures.Pending,
            ["latenessP50Ms"] = figures.P50,
            ["latenessP99Ms"] = figures.P99,
            ["latenessMaxMs"] = figures.Max,
            ["firstMinuteP99Ms"] = firstMinute.P99,
            ["firstMinuteMaxMs"] = firstMinute.Max,
            ["drainSecondsAfterLastDue"] = Math.Round((finishedAt - lastDue).TotalSeconds, 1),
            ["loadAverage"] = DurableBenchmark.LoadAverage(),
        };
    }

    private static ServiceProvider Host(BenchDatabase database, int workers)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        services.AddSingleton(TimeProvider.System);
        services.AddWorkflowServices(database.Settings, new WorkflowsOptions
        {
            SchedulerName = "wo-bench-timers",
            TimerConcurrency = workers,
            SweepInterval = TimeSpan.FromMinutes(1),
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Instances parked on their timer, due at firstDue + i·window/count.</summary>
    private static async Task<List<InstanceState>> MakeWaitingInstancesAsync(int count, DateTimeOffset firstDue, TimeSpan window)
    {
        var clock = new SettableClock();
        var runtime = new WorkflowRuntime(new InMemoryWorkflowStore(), new InMemoryDefinitionRepository(clock), new NoScheduler(), new ActivityRegistry(), clock);
        await runtime.DeployAsync(Model);
        var states = new List<InstanceState>(count);
        for (var i = 0; i < count; i++)
        {
            clock.Now = firstDue + (window * i / count) - TimeSpan.FromMinutes(1);
            states.Add(await runtime.StartAsync("reminder", null, null, Actor.System));
        }

        return states;
    }

    private static async Task CopyAsync(string connectionString, List<InstanceState> states)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var instances = await connection.BeginBinaryImportAsync(
            """COPY "WorkflowInstances" ("Id", "AssociationId", "DefinitionKey", "DefinitionVersion", "BusinessKey", "Status", "StateJson", "Version", "StartedAt", "EndedAt") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var state in states)
            {
                await instances.StartRowAsync();
                await instances.WriteAsync(state.InstanceId, NpgsqlDbType.Uuid);
                await instances.WriteAsync(Guid.Empty, NpgsqlDbType.Uuid);
                await instances.WriteAsync(state.DefinitionKey, NpgsqlDbType.Varchar);
                await instances.WriteAsync(state.DefinitionVersion, NpgsqlDbType.Integer);
                await instances.WriteNullAsync();
                await instances.WriteAsync(state.Status.ToString(), NpgsqlDbType.Varchar);
                await instances.WriteAsync(WorkflowJson.Serialize(state), NpgsqlDbType.Text);
                await instances.WriteAsync(state.Version, NpgsqlDbType.Bigint);
                await instances.WriteAsync(state.StartedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                await instances.WriteNullAsync();
            }

            await instances.CompleteAsync();
        }

        await using var timers = await connection.BeginBinaryImportAsync(
            """COPY "WorkflowTimers" ("Id", "AssociationId", "InstanceId", "Kind", "ElementId", "DueAt", "Resolved") FROM STDIN (FORMAT BINARY)""");
        foreach (var state in states)
        {
            var wait = state.Waits.Single(w => w.Kind == WaitKind.Timer);
            await timers.StartRowAsync();
            await timers.WriteAsync(wait.Id, NpgsqlDbType.Uuid);
            await timers.WriteAsync(Guid.Empty, NpgsqlDbType.Uuid);
            await timers.WriteAsync(state.InstanceId, NpgsqlDbType.Uuid);
            await timers.WriteAsync(nameof(WaitKind.Timer), NpgsqlDbType.Varchar);
            await timers.WriteAsync(wait.ElementId, NpgsqlDbType.Varchar);
            await timers.WriteAsync(wait.DueAt!.Value.UtcDateTime, NpgsqlDbType.TimestampTz);
            await timers.WriteAsync(false, NpgsqlDbType.Boolean);
        }

        await timers.CompleteAsync();
    }

    private static async Task<long> WaitUntilFiredAsync(string connectionString, int target, DateTimeOffset giveUpAfter)
    {
        while (true)
        {
            var fired = await ScalarAsync(connectionString, """SELECT count(*) FROM "WorkflowTimers" WHERE "Resolved" """);
            if (fired >= target || DateTimeOffset.UtcNow > giveUpAfter)
            {
                return fired;
            }

            await Task.Delay(500);
        }
    }

    private static async Task<(long Lines, long Distinct, long Pending, double P50, double P99, double Max)> MeasureAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*), count(DISTINCT j."ReferenceId"),
                   (SELECT count(*) FROM "WorkflowTimers" WHERE NOT "Resolved"),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM j."At" - t."DueAt")),
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM j."At" - t."DueAt")),
                   max(extract(epoch FROM j."At" - t."DueAt"))
            FROM "WorkflowJournal" j JOIN "WorkflowTimers" t ON t."Id" = j."ReferenceId"
            WHERE j."Kind" = 'TimerFired'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        double Ms(int i) => reader.IsDBNull(i) ? double.NaN : Math.Round(Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture) * 1000, 0);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), Ms(3), Ms(4), Ms(5));
    }

    /// <summary>
    /// Lateness of the timers due in the first minute (a cold host's fires), and on standard error the
    /// lateness by 10-second slice of due time, so that a slow start shows where it is.
    /// </summary>
    private static async Task<(double P99, double Max)> MeasureFirstMinuteAsync(string connectionString, DateTimeOffset firstDue)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT floor(extract(epoch FROM t."DueAt" - @first) / 10)::int AS slice, count(*),
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM j."At" - t."DueAt")),
                   max(extract(epoch FROM j."At" - t."DueAt"))
            FROM "WorkflowJournal" j JOIN "WorkflowTimers" t ON t."Id" = j."ReferenceId"
            WHERE j."Kind" = 'TimerFired'
            GROUP BY 1 ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("first", firstDue.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync();
        double p99 = 0, max = 0;
        while (await reader.ReadAsync())
        {
            var slice = reader.GetInt32(0);
            var sliceP99 = Math.Round(reader.GetDouble(2) * 1000, 0);
            var sliceMax = Math.Round(Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture) * 1000, 0);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"timers slice {slice * 10,5}s: {reader.GetInt64(1),6} fired, p99 {sliceP99,7} ms, max {sliceMax,7} ms"));
            if (slice < 6)
            {
                p99 = Math.Max(p99, sliceP99);
                max = Math.Max(max, sliceMax);
            }
        }

        return (p99, max);
    }

    /// <summary>Prints the thread pool's threads and queued work every 2 s around the first fires (standard error).</summary>
    private static async Task WatchThreadPoolAsync(DateTimeOffset from, TimeSpan length, CancellationToken cancellationToken)
    {
        try
        {
            var wait = from - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var end = DateTimeOffset.UtcNow + length;
            while (DateTimeOffset.UtcNow < end)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"threadpool {DateTimeOffset.UtcNow:HH:mm:ss} threads {ThreadPool.ThreadCount} queued {ThreadPool.PendingWorkItemCount} completed {ThreadPool.CompletedWorkItemCount}"));
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended first.
        }
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static int Number(BenchmarkOptions options, string name, int fallback) =>
        options.Extra.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class NoScheduler : ITimerScheduler
    {
        public ValueTask ScheduleAsync(Guid timerId, Guid instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask CancelAsync(Guid timerId, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
