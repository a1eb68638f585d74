namespace WorkflowOffice.Testing;

/// <summary>
/// Makes commits meet: after <see cref="Hold"/>, the next <c>parties</c> commits wait for each other, then all go
/// on together (later ones pass straight through). One gate can be shared by several
/// <see cref="FaultInjectingStore"/>s, so that two "hosts" with their own stores really race in the database.
/// </summary>
public sealed class CommitGate
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(20);

    private readonly Lock _lock = new();
    private int _parties;
    private int _arrived;
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The next <paramref name="parties"/> commits wait for each other.</summary>
    public void Hold(int parties)
    {
        lock (_lock)
        {
            _parties = parties;
            _arrived = 0;
            _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Called by a commit: waits while the gate is holding and not everyone has arrived.</summary>
    public Task ArriveAsync(CancellationToken cancellationToken)
    {
        Task wait;
        lock (_lock)
        {
            if (_parties == 0)
            {
                return Task.CompletedTask;
            }

            wait = _all.Task;
            if (++_arrived >= _parties)
            {
                _parties = 0;
                _all.TrySetResult();
            }
        }

        return wait.WaitAsync(MaxWait, cancellationToken);
    }
}
