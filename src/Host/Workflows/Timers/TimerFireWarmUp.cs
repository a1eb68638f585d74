using Microsoft.Extensions.Options;
using Quartz;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// Runs the path a timer fire takes once per Quartz thread, at the same time, before Quartz takes its first
/// trigger. A fresh process pays for the first fires: JIT of the runtime, EF Core's model and query
/// compilation, Npgsql's and Quartz's first connections and statements. Measured in the timers benchmark,
/// that cost landed on the timers due in the first minute (p99 8.6 s against ≤ 0.4 s for the following
/// minutes). Here it is paid while nothing is due yet.
/// </summary>
/// <remarks>
/// Every call is harmless: a fire for an instance that does not exist changes nothing, and the Quartz calls
/// only read. Its failures are logged and never stop the host (the fires then pay the cost themselves).
/// </remarks>
/// <param name="runtime">The runtime a fire goes through.</param>
/// <param name="schedulers">Quartz.</param>
/// <param name="options">How many Quartz threads fire at once.</param>
/// <param name="logger">Reports how long the warm-up took, or why it failed.</param>
public sealed class TimerFireWarmUp(WorkflowRuntime runtime, ISchedulerFactory schedulers, IOptions<WorkflowsOptions> options, ILogger<TimerFireWarmUp> logger)
{
    /// <summary>How many rounds each thread runs: the first compiles and connects, the next ones run the compiled code.</summary>
    internal const int Rounds = 3;

    /// <summary>Warms the fire path; returns how long it took.</summary>
    public async Task<TimeSpan> WarmAsync(CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
            var threads = Math.Max(1, options.Value.TimerConcurrency);
            await Task.WhenAll(Enumerable.Range(0, threads).Select(_ => Task.Run(() => RunFirePathAsync(scheduler, cancellationToken), cancellationToken))).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failed warm-up only means the first fires are slower; the host starts anyway.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Warming the timer fire path failed; the first timers pay for it instead.");
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Timer fire path warmed in {Milliseconds} ms.", (long)elapsed.TotalMilliseconds);
        return elapsed;
    }

    private async Task RunFirePathAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        for (var round = 0; round < Rounds; round++)
        {
            // Load path of a fire (EF context, model, query, a pooled connection); the instance does not exist.
            await runtime.FireTimerAsync(Guid.NewGuid(), Guid.NewGuid(), cancellationToken).ConfigureAwait(false);

            // Quartz's store: a read on its own connection, as acquisition and completion will do.
            _ = await scheduler.GetTrigger(TimerTrigger.KeyOf(Guid.NewGuid()), cancellationToken).ConfigureAwait(false);
        }
    }
}
