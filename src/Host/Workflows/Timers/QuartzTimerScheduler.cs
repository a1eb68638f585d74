using System.Threading.Channels;
using Quartz;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// The engine's <see cref="ITimerScheduler"/> on Quartz's persistent (and, on PostgreSQL, clustered) job store:
/// one trigger per timer, named after the timer id, so scheduling a timer again replaces its trigger and a
/// cancel removes it. Requests that arrive together (steps committing in parallel, a recovery) are written to
/// Quartz together, one store transaction per batch; each caller still waits for its own request.
/// </summary>
public sealed class QuartzTimerScheduler : ITimerScheduler, IAsyncDisposable
{
    private const int MaxBatch = 1000;

    private readonly ISchedulerFactory _schedulers;
    private readonly ILogger<QuartzTimerScheduler> _logger;
    private readonly Channel<Request> _requests = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly int _recoveryConnections;

    /// <summary>Starts the writer of batches.</summary>
    /// <param name="schedulers">Where the Quartz scheduler comes from.</param>
    /// <param name="logger">Logs failed batches (timer ids only).</param>
    /// <param name="recoveryConnections">
    /// Connections recovery stores triggers on at once: several on PostgreSQL (Quartz's round trips, not the
    /// database, are the limit), one on SQLite (one writer at a time).
    /// </param>
    public QuartzTimerScheduler(ISchedulerFactory schedulers, ILogger<QuartzTimerScheduler> logger, int recoveryConnections = 1)
    {
        _schedulers = schedulers;
        _logger = logger;
        _recoveryConnections = Math.Max(1, recoveryConnections);
        _writer = Task.Run(WriteBatchesAsync);
    }

    /// <inheritdoc />
    public ValueTask ScheduleAsync(Guid timerId, Guid instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken = default) =>
        SubmitAsync(new Request(timerId, instanceId, dueAt), cancellationToken);

    /// <inheritdoc />
    public ValueTask CancelAsync(Guid timerId, CancellationToken cancellationToken = default) =>
        SubmitAsync(new Request(timerId, Guid.Empty, null), cancellationToken);

    /// <summary>
    /// Schedules many timers that Quartz does not hold (recovery after a crash or a restore); returns how many
    /// were stored. A trigger stored meanwhile by the runtime is newer than the recovered timer and is kept.
    /// </summary>
    /// <remarks>
    /// Quartz spends five round trips per trigger whatever the batching (existence, two paused-group checks,
    /// two inserts), and a batch that may replace holds the cluster-wide <c>TRIGGER_ACCESS</c> lock for all of
    /// them, so batches cannot overlap (and every fire of the cluster waits for the lock meanwhile). A trigger
    /// that only may be created (<see cref="TriggerConflict.Throw"/>) takes no lock when <c>LockOnInsert</c> is
    /// off (see <see cref="QuartzSetup"/>), so recovery stores its triggers on several connections at once
    /// and never holds up the fires.
    /// </remarks>
    public async Task<int> ScheduleManyAsync(IReadOnlyCollection<PendingTimer> timers, CancellationToken cancellationToken = default)
    {
        var scheduler = await _schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);

        // The durable job is normally stored at start-up; recovery must not depend on it.
        if (!await scheduler.Exists(TimerTrigger.JobKey, cancellationToken).ConfigureAwait(false))
        {
            await scheduler.AddJob(TimerTrigger.Job(), new AddJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
        }

        var stored = 0;
        await Parallel.ForEachAsync(
            timers,
            new ParallelOptions { MaxDegreeOfParallelism = _recoveryConnections, CancellationToken = cancellationToken },
            async (timer, ct) =>
            {
                try
                {
                    await scheduler.ScheduleTrigger(TimerTrigger.Create(timer.TimerId, timer.InstanceId, timer.DueAt), TriggerConflict.Throw, ct).ConfigureAwait(false);
                    Interlocked.Increment(ref stored);
                }
                catch (Exception ex) when (ex is ObjectAlreadyExistsException or JobPersistenceException)
                {
                    // Without the lock, a trigger the runtime stored meanwhile shows up as a key conflict (or a
                    // primary-key violation): that trigger is the newer one and is kept. Anything else is rethrown.
                    if (!await scheduler.Exists(TimerTrigger.KeyOf(timer.TimerId), ct).ConfigureAwait(false))
                    {
                        throw;
                    }
                }
            }).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Ids of the timers Quartz holds a trigger for.</summary>
    public async Task<HashSet<Guid>> GetScheduledTimerIdsAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await _schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TimerTrigger.Group), Take = PagedQuery.All }, cancellationToken).ConfigureAwait(false);
        var ids = new HashSet<Guid>();
        foreach (var trigger in triggers.Items)
        {
            if (TimerTrigger.TryParse(trigger.Key, out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Stops accepting requests and waits for the last batch.</summary>
    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async ValueTask SubmitAsync(Request request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(!_requests.Writer.TryWrite(request), this);

        await request.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<Request>(MaxBatch);
        while (await _requests.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _requests.Reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            try
            {
                await WriteAsync(batch).ConfigureAwait(false);
                batch.ForEach(r => r.Done.TrySetResult());
            }
#pragma warning disable CA1031 // Every caller gets the failure; the writer keeps serving later requests.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _logger.LogWarning(ex, "Quartz could not store {Count} timer request(s); the store keeps them and recovery reschedules them.", batch.Count);
                batch.ForEach(r => r.Done.TrySetException(ex));
            }
        }
    }

    private async Task WriteAsync(List<Request> batch)
    {
        // The last request for a timer wins (a schedule then a cancel in one batch is a cancel).
        var last = new Dictionary<Guid, Request>(batch.Count);
        foreach (var request in batch)
        {
            last[request.TimerId] = request;
        }

        var scheduler = await _schedulers.GetScheduler().ConfigureAwait(false);
        var triggers = last.Values.Where(r => r.DueAt is not null).Select(r => TimerTrigger.Create(r.TimerId, r.InstanceId, r.DueAt!.Value)).ToList();
        if (triggers.Count > 0)
        {
            await StoreAsync(scheduler, triggers, CancellationToken.None).ConfigureAwait(false);
        }

        var cancelled = last.Values.Where(r => r.DueAt is null).Select(r => TimerTrigger.KeyOf(r.TimerId)).ToList();
        if (cancelled.Count > 0)
        {
            await scheduler.UnscheduleJobs(cancelled, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task StoreAsync(IScheduler scheduler, List<ITrigger> triggers, CancellationToken cancellationToken)
    {
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [TimerTrigger.Job()] = triggers };
        await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A schedule (with a due time) or a cancel (without).</summary>
    private sealed record Request(Guid TimerId, Guid InstanceId, DateTimeOffset? DueAt)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
