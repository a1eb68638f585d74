using System.Diagnostics;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;

namespace WorkflowOffice.Bench;

/// <summary>
/// <c>memory</c>: the policy-lite model driven as ../shared/bench/README.md says, through the real
/// <see cref="WorkflowRuntime"/> on the in-memory store (journal and task history kept): start instance i, complete
/// each user task at once with <c>unclear = (i % 5 == 0)</c> and <c>accepted = (i % 4 != 0)</c>; service tasks
/// do nothing; the 14-day timer is scheduled and cancelled but never fires. Figure: completed instances per second.
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
        await DriveAsync(runtime, definition.Key, warmup, workers);

        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var gen0Before = GC.CollectionCount(0);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var steps = await DriveAsync(runtime, definition.Key, instances, workers);
        stopwatch.Stop();
        var gcPause = GC.GetTotalPauseDuration() - pauseBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;

        var seconds = stopwatch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        return new Dictionary<string, object?>
        {
            ["bench"] = Name,
            ["model"] = Path.GetFileName(options.ModelPath),
            ["instances"] = instances,
            ["workers"] = workers,
            ["seconds"] = Math.Round(seconds, 3),
            ["perSecond"] = Math.Round(instances / seconds, 0),
            ["steps"] = steps,
            ["stepsPerSecond"] = Math.Round(steps / seconds, 0),
            ["warmupInstances"] = warmup,
            ["gcPausePercent"] = Math.Round(100 * gcPause.TotalSeconds / seconds, 1),
            ["gen0Collections"] = GC.CollectionCount(0) - gen0Before,
            ["gen2Collections"] = GC.CollectionCount(2) - gen2Before,
            ["allocatedBytesPerStep"] = allocated / steps,
            ["cpuSeconds"] = Math.Round(cpuSeconds, 2),
            ["rssMB"] = process.WorkingSet64 / (1024 * 1024),
        };
    }

    private static async Task<long> DriveAsync(WorkflowRuntime runtime, string key, int instances, int workers)
    {
        var next = -1;
        var steps = 0L;
        var drivers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var local = 0L;
            int i;
            while ((i = Interlocked.Increment(ref next)) < instances)
            {
                local += await RunInstanceAsync(runtime, key, i);
            }

            Interlocked.Add(ref steps, local);
        }));
        await Task.WhenAll(drivers);
        return steps;
    }

    private static async Task<long> RunInstanceAsync(WorkflowRuntime runtime, string key, int i)
    {
        var variables = new Dictionary<string, object?> { ["unclear"] = i % 5 == 0, ["accepted"] = i % 4 != 0 };
        var state = await runtime.StartAsync(key, null, null, Actor.System);
        var steps = 1L;
        while (state.Status != InstanceStatus.Completed)
        {
            var task = FirstTask(state) ?? throw new InvalidOperationException($"Instance {i} stopped without a task ({state.Status}).");
            state = await runtime.CompleteTaskAsync(task, null, variables, Actor.System);
            steps++;
        }

        return steps;
    }

    private static Guid? FirstTask(InstanceState state)
    {
        foreach (var wait in state.Waits)
        {
            if (wait.Kind == WaitKind.UserTask)
            {
                return wait.Id;
            }
        }

        return null;
    }
}
