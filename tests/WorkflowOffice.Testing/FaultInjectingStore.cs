using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Testing;

/// <summary>
/// Wraps a store to inject failures and races: fail the next commit(s), or hold commits until several steps
/// have loaded the same version (so that they really race), through a <see cref="CommitGate"/> that several
/// stores (several "hosts") may share.
/// </summary>
/// <param name="inner">The store under test.</param>
/// <param name="gate">The gate commits pass; shared with other stores to make their commits race.</param>
public sealed class FaultInjectingStore(IWorkflowStore inner, CommitGate? gate = null) : IWorkflowStore
{
    private readonly Lock _lock = new();
    private readonly CommitGate _gate = gate ?? new CommitGate();
    private int _failCommits;

    /// <summary>The next <paramref name="count"/> commits throw before reaching the store.</summary>
    public void FailNextCommits(int count = 1)
    {
        lock (_lock)
        {
            _failCommits = count;
        }
    }

    /// <summary>The next <paramref name="parties"/> commits wait for each other, then go to the store together.</summary>
    public void HoldCommitsUntil(int parties) => _gate.Hold(parties);

    /// <inheritdoc />
    public async ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_failCommits > 0)
            {
                _failCommits--;
                throw new IOException("Injected failure: the database connection dropped during commit.");
            }
        }

        await _gate.ArriveAsync(cancellationToken).ConfigureAwait(false);
        await inner.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<InstanceState?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.LoadAsync(instanceId, cancellationToken);

    /// <inheritdoc />
    public InstanceState? GetHeldState(Guid instanceId) => inner.GetHeldState(instanceId);

    /// <inheritdoc />
    public Guid? GetHeldTaskInstance(Guid taskId) => inner.GetHeldTaskInstance(taskId);

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
