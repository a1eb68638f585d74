using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>
/// Holds each commit until <see cref="Rendezvous"/>'s parties have all loaded and reached their commit, so that
/// two "hosts" (separate stores, separate contexts) really race in PostgreSQL.
/// </summary>
/// <param name="inner">One host's store.</param>
/// <param name="rendezvous">Shared by the racing hosts.</param>
internal sealed class RendezvousStore(IWorkflowStore inner, RendezvousStore.Rendezvous rendezvous) : IWorkflowStore
{
    public async ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken = default)
    {
        await rendezvous.ArriveAsync();
        await inner.CommitAsync(commit, cancellationToken);
    }

    public ValueTask<InstanceState?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.LoadAsync(instanceId, cancellationToken);

    public ValueTask<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) => inner.GetTaskAsync(taskId, cancellationToken);

    public ValueTask<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) => inner.QueryTasksAsync(query, cancellationToken);

    public ValueTask<IReadOnlyList<MessageSubscription>> FindMessageSubscriptionsAsync(string messageName, string? correlationKey, CancellationToken cancellationToken = default) =>
        inner.FindMessageSubscriptionsAsync(messageName, correlationKey, cancellationToken);

    public ValueTask<IReadOnlyList<PendingTimer>> GetPendingTimersAsync(DateTimeOffset dueBefore, CancellationToken cancellationToken = default) =>
        inner.GetPendingTimersAsync(dueBefore, cancellationToken);

    public ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.GetJournalAsync(instanceId, cancellationToken);

    public ValueTask<IReadOnlyList<Incident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) =>
        inner.GetOpenIncidentsAsync(instanceId, cancellationToken);

    /// <summary>The first <c>parties</c> commits wait for each other; later ones (retries) pass straight through.</summary>
    /// <param name="parties">How many commits meet.</param>
    internal sealed class Rendezvous(int parties)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public Task ArriveAsync()
        {
            if (Interlocked.Increment(ref _arrived) == parties)
            {
                _all.TrySetResult();
            }

            return _all.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }
}
