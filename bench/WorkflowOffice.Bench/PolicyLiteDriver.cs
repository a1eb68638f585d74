using System.Diagnostics;
using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Bench;

/// <summary>
/// Drives the policy-lite model as ../shared/bench/README.md says, shared by <c>memory</c> and <c>durable</c>:
/// instance <c>i</c> starts with no variables and every user task is completed at once with
/// <c>unclear = (i % 5 == 0)</c> and <c>accepted = (i % 4 != 0)</c>; <c>workers</c> instances are in flight at once.
/// </summary>
internal static class PolicyLiteDriver
{
    /// <summary>Runs <paramref name="instances"/> instances as <see cref="DriveAsync"/> does, measuring time, CPU and memory.</summary>
    public static async Task<DriveMeasurement> MeasureAsync(WorkflowRuntime runtime, ProcessDefinition definition, int instances, int workers)
    {
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var gen0Before = GC.CollectionCount(0);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var steps = await DriveAsync(runtime, definition, instances, workers);
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        self.Refresh();
        return new DriveMeasurement(
            steps,
            stopwatch.Elapsed.TotalSeconds,
            self.TotalProcessorTime - cpuBefore,
            allocated,
            GC.GetTotalPauseDuration() - pauseBefore,
            GC.CollectionCount(0) - gen0Before,
            GC.CollectionCount(2) - gen2Before);
    }

    /// <summary>
    /// Runs <paramref name="instances"/> instances of the deployed version to their end; returns the steps (starts
    /// and completions). Instances start on that version, as the host starts cases on the published edition's.
    /// </summary>
    public static async Task<long> DriveAsync(WorkflowRuntime runtime, ProcessDefinition definition, int instances, int workers)
    {
        var next = -1;
        var steps = 0L;
        var drivers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var local = 0L;
            int i;
            while ((i = Interlocked.Increment(ref next)) < instances)
            {
                local += await RunInstanceAsync(runtime, definition, i);
            }

            Interlocked.Add(ref steps, local);
        }));
        await Task.WhenAll(drivers);
        return steps;
    }

    private static async Task<long> RunInstanceAsync(WorkflowRuntime runtime, ProcessDefinition definition, int i)
    {
        var variables = new Dictionary<string, object?> { ["unclear"] = i % 5 == 0, ["accepted"] = i % 4 != 0 };
        var state = await runtime.StartAsync(new StartRequest(definition.Key, Actor.System) { Version = definition.Version });
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
