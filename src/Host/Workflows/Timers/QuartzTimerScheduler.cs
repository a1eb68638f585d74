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

    /// <summary>Starts the writer of batches.</summary>
    /// <param name="schedulers">Where the Quartz scheduler comes from.</param>
    /// <param name="logger">Logs failed batches (timer ids only).</param>
    public QuartzTimerScheduler(ISchedulerFactory schedulers, ILogger<QuartzTimerScheduler> logger)
    {
        _schedulers = schedulers;
        _logger = logger;
        _writer = Task.Run(WriteBatchesAsync);
    }

    /// <inheritdoc />
    public ValueTask ScheduleAsync(Guid timerId, Guid instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken = default) =>
        SubmitAsync(new Request(timerId, instanceId, dueAt), cancellationToken);

    /// <inheritdoc />
    public ValueTask CancelAsync(Guid timerId, CancellationToken cancellationToken = default) =>
        SubmitAsync(new Request(timerId, Guid.Empty, null), cancellationToken);

    /// <summary>Schedules many timers in batches (recovery after a crash or a restore).</summary>
    public async Task ScheduleManyAsync(IReadOnlyCollection<PendingTimer> timers, CancellationToken cancellationToken = default)
    {
        var scheduler = await _schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in timers.Chunk(MaxBatch))
        {
            await StoreAsync(scheduler, [.. chunk.Select(t => TimerTrigger.Create(t.TimerId, t.InstanceId, t.DueAt))], cancellationToken).ConfigureAwait(false);
        }
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
