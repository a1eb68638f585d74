using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Host.Workflows.Outbox;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Bench;

/// <summary>
/// <c>durable</c>: the policy-lite model driven by <see cref="PolicyLiteDriver"/>, every step committed on
/// PostgreSQL through <see cref="EfWorkflowStore"/> (state, tasks, timer rows, journal in one transaction each),
/// with <c>--workers</c> instances in flight, after a warm-up (<c>--warmup-seconds</c>, 40). The reference is
/// <c>pgbench -N -c workers -j 2 -T 15</c> on the same server and database (<c>pgbench -i</c> first), measured in
/// <c>--rounds</c> (3) alternating with the engine's. The committee's 14-day timer is written to
/// the timers table (the truth) and handed to an in-memory scheduler, not to Quartz: it never fires here.
/// </summary>
public sealed class DurableBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "durable";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, object?>> RunAsync(BenchmarkOptions options)
    {
        var instances = options.Instances > 0 ? options.Instances : 10_000;
        var workers = options.Workers > 0 ? options.Workers : 8;
        var pgbenchSeconds = options.Extra.TryGetValue("pgbench-seconds", out var s) ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 15;
        var rounds = options.Extra.TryGetValue("rounds", out var r) ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 3;
        var clock = TimeProvider.System;
        await using var database = await BenchDatabase.CreateAsync(options, "durable", maxPoolSize: workers + 4);
        var contexts = WorkflowDbContextFactory.Create(database.Settings);
        var store = new EfWorkflowStore(contexts, new OutboxWriter(clock));
        using var scheduler = new InMemoryTimerScheduler(clock);
        var runtime = new WorkflowRuntime(store, new EfDefinitionRepository(contexts, clock), scheduler, new ActivityRegistry(), clock);
        var definition = await runtime.DeployAsync(await File.ReadAllTextAsync(options.ModelPath));

        // Warm-up, not counted: a host runs for days, and what is measured is its steady state. On two busy cores
        // tiered compilation takes some 25 s to bring the hot paths of the engine, EF Core and Npgsql to their
        // final code (instrumented code before that costs up to three times the CPU per step).
        var warmUpSeconds = options.Extra.TryGetValue("warmup-seconds", out var w) ? int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : 40;
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        var warmUpInstances = 0;
        do
        {
            await PolicyLiteDriver.DriveAsync(runtime, definition, 500, workers);
            warmUpInstances += 500;
        }
        while (warmUp.Elapsed.TotalSeconds < warmUpSeconds);

        var exceptions = 0;
        string? lastException = null;
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            Interlocked.Increment(ref exceptions);
            lastException = e.Exception.GetType().Name + ": " + e.Exception.Message;
        };
        // Rounds of (engine, pgbench), each after the server was brought to rest: a pair measured minutes apart on
        // a shared virtual machine compares two different machines.
        await Pgbench.InitAsync(database.Builder);
        var results = new List<(DriveMeasurement Run, double Tps)>();
        for (var round = 0; round < rounds; round++)
        {
            await database.SettleAsync();
            var measured = await PolicyLiteDriver.MeasureAsync(runtime, definition, instances / rounds, workers);
            await database.SettleAsync();
            results.Add((measured, await Pgbench.MeasureTpsAsync(database.Builder, workers, pgbenchSeconds)));
        }

        var steps = results.Sum(x => x.Run.Steps);
        var seconds = results.Sum(x => x.Run.Seconds);
        var cpu = results.Sum(x => x.Run.Cpu.TotalMilliseconds);
        var allocated = results.Sum(x => x.Run.AllocatedBytes);
        var tps = results.Average(x => x.Tps);
        var stepsPerSecond = steps / seconds;
        var measuredInstances = instances / rounds * rounds;
        return new Dictionary<string, object?>
        {
            ["bench"] = Name,
            ["model"] = Path.GetFileName(options.ModelPath),
            ["instances"] = measuredInstances,
            ["workers"] = workers,
            ["warmUpSeconds"] = Math.Round(warmUp.Elapsed.TotalSeconds, 1),
            ["warmUpInstances"] = warmUpInstances,
            ["seconds"] = Math.Round(seconds, 3),
            ["steps"] = steps,
            ["stepsPerSecond"] = Math.Round(stepsPerSecond, 0),
            ["perSecond"] = Math.Round(measuredInstances / seconds, 1),
            ["clientCpuMsPerStep"] = Math.Round(cpu / steps, 2),
            ["loadAverage"] = LoadAverage(),
            ["allocatedBytesPerStep"] = allocated / steps,
            ["exceptions"] = exceptions,
            ["lastException"] = lastException,
            ["pgbenchTps"] = Math.Round(tps, 0),
            ["ratio"] = Math.Round(stepsPerSecond / tps, 3),
            ["rounds"] = results.Select(x => $"{x.Run.Steps / x.Run.Seconds:F0} steps/s : {x.Tps:F0} tps = {x.Run.Steps / x.Run.Seconds / x.Tps:F3}").ToArray(),
            ["lowestRoundRatio"] = Math.Round(results.Min(x => x.Run.Steps / x.Run.Seconds / x.Tps), 3),
            ["server"] = $"{database.Builder.Host}:{database.Builder.Port}",
        };
    }

    /// <summary>The 1-minute load average (other work on the machine skews every figure).</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
