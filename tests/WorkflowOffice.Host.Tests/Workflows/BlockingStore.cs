using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>
/// Runs each call of the database store to its end before returning. The conformance suite drives time with a
/// manual clock whose timers fire inside <c>Advance</c>; its <c>AdvanceAsync</c> waits for the fires it started,
/// but not for timers those fires schedule (a repeating cycle's next occurrence). With a store that completes
/// synchronously, as the in-memory one does, each fire has committed and scheduled its successor before the
/// clock looks for the next due timer. The database work itself is unchanged: same statements, same
/// transactions, and concurrent callers (the race tests use <c>Task.Run</c>) still meet in PostgreSQL.
/// </summary>
/// <param name="inner">The store under test.</param>
internal sealed class BlockingStore(IWorkflowStore inner) : IWorkflowStore
{
    public ValueTask<InstanceState?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Run(inner.LoadAsync(instanceId, cancellationToken));

    public ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken = default)
    {
        inner.CommitAsync(commit, cancellationToken).AsTask().GetAwaiter().GetResult();
        return ValueTask.CompletedTask;
    }

    public ValueTask<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        Run(inner.GetTaskAsync(taskId, cancellationToken));

    public ValueTask<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) =>
        Run(inner.QueryTasksAsync(query, cancellationToken));

    public ValueTask<IReadOnlyList<MessageSubscription>> FindMessageSubscriptionsAsync(string messageName, string? correlationKey, CancellationToken cancellationToken = default) =>
        Run(inner.FindMessageSubscriptionsAsync(messageName, correlationKey, cancellationToken));

    public ValueTask<IReadOnlyList<PendingTimer>> GetPendingTimersAsync(DateTimeOffset dueBefore, CancellationToken cancellationToken = default) =>
        Run(inner.GetPendingTimersAsync(dueBefore, cancellationToken));

    public ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Run(inner.GetJournalAsync(instanceId, cancellationToken));

    public ValueTask<IReadOnlyList<Incident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) =>
        Run(inner.GetOpenIncidentsAsync(instanceId, cancellationToken));

    private static ValueTask<T> Run<T>(ValueTask<T> pending) => ValueTask.FromResult(pending.AsTask().GetAwaiter().GetResult());
}
