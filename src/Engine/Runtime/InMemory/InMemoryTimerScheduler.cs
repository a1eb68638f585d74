using System.Collections.Concurrent;

namespace WorkflowOffice.Engine.Runtime.InMemory;

/// <summary>
/// An <see cref="ITimerScheduler"/> on <see cref="TimeProvider.CreateTimer"/>: with the system clock it fires
/// in real time, with a manual test clock it fires when the test advances the clock. Not durable: after a
/// restart, <see cref="WorkflowRuntime.RecoverTimersAsync"/> refills it from the store.
/// </summary>
/// <param name="clock">The clock whose timers are used.</param>
public sealed class InMemoryTimerScheduler(TimeProvider clock) : ITimerScheduler, IDisposable
{
    private readonly ConcurrentDictionary<Guid, ITimer> _timers = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly ConcurrentQueue<Exception> _errors = new();
    private WorkflowRuntime? _runtime;

    /// <summary>Timers scheduled and not yet fired or cancelled.</summary>
    public int PendingCount => _timers.Count;

    /// <summary>Failures of fired timers (a fire that threw); the store still holds them.</summary>
    public IReadOnlyCollection<Exception> Errors => _errors;

    /// <summary>Connects the runtime the timers wake up (the runtime needs the scheduler first, hence not a constructor argument).</summary>
    public void Connect(WorkflowRuntime runtime) => _runtime = runtime;

    /// <inheritdoc />
    public ValueTask ScheduleAsync(Guid timerId, Guid instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        var delay = dueAt - clock.GetUtcNow();
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        var timer = clock.CreateTimer(static s => ((Fire)s!).Run(), new Fire(this, timerId, instanceId), delay, Timeout.InfiniteTimeSpan);
        if (_timers.TryGetValue(timerId, out var previous) && _timers.TryUpdate(timerId, timer, previous))
        {
            previous.Dispose();
        }
        else
        {
            _timers[timerId] = timer;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CancelAsync(Guid timerId, CancellationToken cancellationToken = default)
    {
        if (_timers.TryRemove(timerId, out var timer))
        {
            timer.Dispose();
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

    /// <summary>Stops every timer.</summary>
    public void Dispose()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }

        _timers.Clear();
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

    private sealed record Fire(InMemoryTimerScheduler Owner, Guid TimerId, Guid InstanceId)
    {
        public void Run()
        {
            if (Owner._timers.TryRemove(TimerId, out var timer))
            {
                timer.Dispose();
            }

            var task = Owner.FireAsync(TimerId, InstanceId);
            if (!task.IsCompleted)
            {
                Owner._running[task] = 0;
                _ = task.ContinueWith(t => Owner._running.TryRemove(t, out _), TaskScheduler.Default);
            }
        }
    }
}
