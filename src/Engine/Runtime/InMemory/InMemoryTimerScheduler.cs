using System.Collections.Concurrent;

namespace WorkflowOffice.Engine.Runtime.InMemory;

/// <summary>
/// An <see cref="ITimerScheduler"/> in memory: pending timers in a priority queue behind one
/// <see cref="TimeProvider"/> timer armed for the earliest. With the system clock it fires in real time; with a
/// manual test clock it fires when the test advances the clock. Not durable: after a restart,
/// <see cref="WorkflowRuntime.RecoverTimersAsync"/> refills it from the store.
/// </summary>
public sealed class InMemoryTimerScheduler : ITimerScheduler, IDisposable
{
    // System timers accept at most ~49 days; farther timers wake the scheduler early and it re-arms.
    private static readonly TimeSpan MaxArm = TimeSpan.FromDays(30);

    private readonly TimeProvider _clock;
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Entry> _pending = [];
    private readonly PriorityQueue<Guid, DateTimeOffset> _queue = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly ConcurrentQueue<Exception> _errors = new();
    private readonly ITimer _timer;
    private DateTimeOffset? _armedFor;
    private WorkflowRuntime? _runtime;
    private bool _disposed;

    /// <summary>Creates a scheduler on a clock.</summary>
    /// <param name="clock">The clock whose timer wakes the scheduler.</param>
    public InMemoryTimerScheduler(TimeProvider clock)
    {
        _clock = clock;
        _timer = clock.CreateTimer(static s => ((InMemoryTimerScheduler)s!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Timers scheduled and not yet fired or cancelled.</summary>
    public int PendingCount
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Failures of fired timers (a fire that threw); the store still holds them.</summary>
    public IReadOnlyCollection<Exception> Errors => _errors;

    /// <summary>Connects the runtime the timers wake up (the runtime needs the scheduler first, hence not a constructor argument).</summary>
    public void Connect(WorkflowRuntime runtime) => _runtime = runtime;

    /// <inheritdoc />
    public ValueTask ScheduleAsync(Guid timerId, Guid instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _pending[timerId] = new Entry(instanceId, dueAt);
            _queue.Enqueue(timerId, dueAt);
            if (_armedFor is null || dueAt < _armedFor)
            {
                Arm(dueAt);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CancelAsync(Guid timerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            // The queue entry is skipped when it surfaces; compact when cancelled entries dominate.
            if (_pending.Remove(timerId) && _queue.Count > 1024 && _queue.Count > 4 * _pending.Count)
            {
                _queue.Clear();
                foreach (var (id, entry) in _pending)
                {
                    _queue.Enqueue(id, entry.DueAt);
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Waits until every fire started so far has finished (tests call it after advancing the clock).</summary>
    public async Task WhenIdleAsync()
    {
        while (!_running.IsEmpty)
        {
            await Task.WhenAll(_running.Keys).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the scheduler.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _pending.Clear();
            _queue.Clear();
        }

        _timer.Dispose();
    }

    private void Arm(DateTimeOffset dueAt)
    {
        if (_disposed)
        {
            return;
        }

        var delay = dueAt - _clock.GetUtcNow();
        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxArm ? MaxArm : delay;
        _armedFor = dueAt;
        _timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        List<(Guid TimerId, Guid InstanceId)>? due = null;
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            _armedFor = null;
            while (_queue.TryPeek(out var id, out var at))
            {
                if (!_pending.TryGetValue(id, out var entry) || entry.DueAt != at)
                {
                    _queue.Dequeue();
                    continue;
                }

                if (at > now)
                {
                    Arm(at);
                    break;
                }

                _queue.Dequeue();
                _pending.Remove(id);
                (due ??= []).Add((id, entry.InstanceId));
            }
        }

        if (due is null)
        {
            return;
        }

        foreach (var (timerId, instanceId) in due)
        {
            var task = FireAsync(timerId, instanceId);
            if (!task.IsCompleted)
            {
                _running[task] = 0;
                _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
            }
        }
    }

    private async Task FireAsync(Guid timerId, Guid instanceId)
    {
        try
        {
            if (_runtime is { } runtime)
            {
                await runtime.FireTimerAsync(instanceId, timerId).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // A failed fire must not crash the timer thread; the timer stays pending in the store.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _errors.Enqueue(ex);
        }
    }

    private readonly record struct Entry(Guid InstanceId, DateTimeOffset DueAt);
}
