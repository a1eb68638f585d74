using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Testing;

/// <summary>
/// Wraps a store to inject failures and races: fail the next commit(s), or hold commits until several
/// steps have loaded the same version (so that they really race).
/// </summary>
/// <param name="inner">The store under test.</param>
public sealed class FaultInjectingStore(IWorkflowStore inner) : IWorkflowStore
{
    private readonly Lock _lock = new();
    private int _failCommits;
    private int _gateSize;
    private int _gateArrived;
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Commits attempted (including failed ones).</summary>
    public int CommitAttempts { get; private set; }

    /// <summary>The next <paramref name="count"/> commits throw before reaching the store.</summary>
    public void FailNextCommits(int count = 1)
    {
        lock (_lock)
        {
            _failCommits = count;
        }
    }

    /// <summary>The next <paramref name="parties"/> commits wait for each other, then go to the store together.</summary>
    public void HoldCommitsUntil(int parties)
    {
        lock (_lock)
        {
            _gateSize = parties;
            _gateArrived = 0;
            _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <inheritdoc />
    public async ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken = default)
    {
        Task? wait = null;
        lock (_lock)
        {
            CommitAttempts++;
            if (_failCommits > 0)
            {
                _failCommits--;
                throw new IOException("Injected failure: the database connection dropped during commit.");
            }

            if (_gateSize > 0)
            {
                wait = _gate.Task;
                if (++_gateArrived >= _gateSize)
                {
                    _gateSize = 0;
                    _gate.TrySetResult();
                }
            }
        }

        if (wait is not null)
        {
            await wait.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        }

        await inner.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<InstanceState?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.LoadAsync(instanceId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) => inner.GetTaskAsync(taskId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) => inner.QueryTasksAsync(query, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<MessageSubscription>> FindMessageSubscriptionsAsync(string messageName, string? correlationKey, CancellationToken cancellationToken = default) =>
        inner.FindMessageSubscriptionsAsync(messageName, correlationKey, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PendingTimer>> GetPendingTimersAsync(DateTimeOffset dueBefore, CancellationToken cancellationToken = default) =>
        inner.GetPendingTimersAsync(dueBefore, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.GetJournalAsync(instanceId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Incident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) =>
        inner.GetOpenIncidentsAsync(instanceId, cancellationToken);
}
