namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// Durable home of instances. The host implements it on PostgreSQL; <see cref="InMemory.InMemoryWorkflowStore"/>
/// is the reference implementation. <see cref="CommitAsync"/> is the only write and is atomic.
/// Open wait states (pending timers, message subscriptions) are exactly <see cref="InstanceState.Waits"/> of the
/// committed state; user tasks and incidents follow the effects (and stay after they close, for history).
/// </summary>
public interface IWorkflowStore
{
    /// <summary>The committed state of an instance, or <c>null</c>. The caller must not modify it.</summary>
    ValueTask<InstanceState?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The state of an instance as this store last loaded or committed it, answered from memory without asking
    /// the database, or <c>null</c> when it holds none. It may be outdated (another host may have committed
    /// since): the runtime builds a step on it only to commit, and the commit's version check refuses a step
    /// built on an outdated state; any other outcome is decided again on <see cref="LoadAsync"/>.
    /// </summary>
    InstanceState? GetHeldState(Guid instanceId) => null;

    /// <summary>
    /// The instance of a user task that is open in a state this store holds (see <see cref="GetHeldState"/>),
    /// answered from memory, or <c>null</c> when it does not know the task as open.
    /// </summary>
    Guid? GetHeldTaskInstance(Guid taskId) => null;

    /// <summary>
    /// Writes the new state, its effects and journal entries atomically. Throws
    /// <see cref="ConcurrencyConflictException"/> when the stored version is not <see cref="StepCommit.ExpectedVersion"/>
    /// (or, for version 0, when the instance already exists); nothing is written then.
    /// </summary>
    ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken = default);

    /// <summary>A user task, open or closed, or <c>null</c>.</summary>
    ValueTask<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default);

    /// <summary>User tasks matching the query, most urgent first (priority descending, then due date, then creation).</summary>
    ValueTask<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default);

    /// <summary>Open subscriptions for a message name and correlation key (exact match, <c>null</c> matches <c>null</c>).</summary>
    ValueTask<IReadOnlyList<MessageSubscription>> FindMessageSubscriptionsAsync(
        string messageName, string? correlationKey, CancellationToken cancellationToken = default);

    /// <summary>Pending timers and incident retries due at or before <paramref name="dueBefore"/>, earliest first.</summary>
    ValueTask<IReadOnlyList<PendingTimer>> GetPendingTimersAsync(DateTimeOffset dueBefore, CancellationToken cancellationToken = default);

    /// <summary>The journal of an instance in sequence order.</summary>
    ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Open incidents, of one instance or of all instances when <paramref name="instanceId"/> is <c>null</c>.</summary>
    ValueTask<IReadOnlyList<Incident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default);
}
