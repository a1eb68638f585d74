using System.Diagnostics;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;

namespace WorkflowOffice.Bench;

/// <summary>
/// <c>memory</c>: the policy-lite model driven by <see cref="PolicyLiteDriver"/> through the real
/// <see cref="WorkflowRuntime"/> on the in-memory store (journal and task history kept); service tasks do nothing;
/// the 14-day timer is scheduled and cancelled but never fires. Figure: completed instances per second.
/// </summary>
public sealed class MemoryBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "memory";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, object?>> RunAsync(BenchmarkOptions options)
    {
        var instances = options.Instances > 0 ? options.Instances : 100_000;
        var workers = options.Workers > 0 ? options.Workers : Environment.ProcessorCount;
        var clock = TimeProvider.System;
        var warmup = Math.Min(2_000, instances / 10);
        var store = new InMemoryWorkflowStore(instances + warmup);
        using var scheduler = new InMemoryTimerScheduler(clock);
        var runtime = new WorkflowRuntime(store, new InMemoryDefinitionRepository(clock), scheduler, new ActivityRegistry(), clock);
        scheduler.Connect(runtime);
        var definition = await runtime.DeployAsync(await File.ReadAllTextAsync(options.ModelPath));

        // Warm-up (JIT, tiered compilation) on separate instances, not counted.
        await PolicyLiteDriver.DriveAsync(runtime, definition, warmup, workers);

        var run = await PolicyLiteDriver.MeasureAsync(runtime, definition, instances, workers);
        var seconds = run.Seconds;
        using var process = Process.GetCurrentProcess();
        return new Dictionary<string, object?>
        {
            ["bench"] = Name,
            ["model"] = Path.GetFileName(options.ModelPath),
            ["instances"] = instances,
            ["workers"] = workers,
            ["seconds"] = Math.Round(seconds, 3),
            ["perSecond"] = Math.Round(instances / seconds, 0),
            ["steps"] = run.Steps,
            ["stepsPerSecond"] = Math.Round(run.Steps / seconds, 0),
            ["warmupInstances"] = warmup,
            ["gcPausePercent"] = Math.Round(100 * run.GcPause.TotalSeconds / seconds, 1),
            ["gen0Collections"] = run.Gen0Collections,
            ["gen2Collections"] = run.Gen2Collections,
            ["allocatedBytesPerStep"] = run.AllocatedBytes / run.Steps,
            ["cpuSeconds"] = Math.Round(run.Cpu.TotalSeconds, 2),
            ["rssMB"] = process.WorkingSet64 / (1024 * 1024),
        };
    }
}
