using Npgsql;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// Gives Quartz a trigger for every pending timer of the store that it does not hold: the repair for a crash
/// between a step's commit and the scheduling of its timers. It is the runtime's
/// <see cref="WorkflowRuntime.RecoverTimersAsync"/> with one difference: triggers Quartz already holds are left
/// alone instead of being written again, which keeps a restart with many pending timers cheap.
/// </summary>
/// <param name="store">The committed truth.</param>
/// <param name="scheduler">Quartz.</param>
/// <param name="logger">Reports what was repaired.</param>
/// <param name="database">The database Quartz's tables are in (their statistics are refreshed after a large recovery).</param>
public sealed class TimerRecovery(IWorkflowStore store, QuartzTimerScheduler scheduler, ILogger<TimerRecovery> logger, DatabaseSettings database)
{
    /// <summary>From this many triggers on, recovery refreshes the planner statistics of Quartz's tables itself.</summary>
    internal const int AnalyzeThreshold = 1000;

    /// <summary>Schedules the missing triggers; returns how many there were.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var pending = await store.GetPendingTimersAsync(DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
        var scheduled = await scheduler.GetScheduledTimerIdsAsync(cancellationToken).ConfigureAwait(false);
        var missing = pending.Where(t => !scheduled.Contains(t.TimerId)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var stored = await scheduler.ScheduleManyAsync(missing, cancellationToken).ConfigureAwait(false);
        if (stored >= AnalyzeThreshold && database.Provider == DatabaseProvider.Postgres)
        {
            await AnalyzeQuartzTablesAsync(cancellationToken).ConfigureAwait(false);
        }

        logger.LogWarning("Rescheduled {Stored} of {Pending} pending workflow timers that Quartz did not hold.", stored, pending.Count);
        return stored;
    }

    /// <summary>
    /// Measured in the timers benchmark: after recovery bulk-stored 20,000 triggers, Quartz fired 10–20 timers a
    /// second (the first ones up to 30 s late) until autovacuum analysed <c>qrtz_triggers</c> and
    /// <c>qrtz_fired_triggers</c> about a minute later, then 60+ a second: until then the planner plans
    /// Quartz's acquisition and state updates for the tables as they were before. Analysing them here makes
    /// the statistics right before the first of those timers fires.
    /// </summary>
    private async Task AnalyzeQuartzTablesAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("ANALYZE qrtz_triggers, qrtz_simple_triggers, qrtz_fired_triggers", connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
