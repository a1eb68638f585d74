using WorkflowOffice.Engine.Runtime.Effects;

namespace WorkflowOffice.Engine.Runtime.InMemory;

/// <summary>
/// The reference <see cref="IWorkflowStore"/>: thread-safe, in memory. A commit is atomic under one lock; reads
/// see committed data only. Used by tests, the <c>memory</c> benchmark and as the model for the durable store.
/// </summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, InstanceState> _instances;
    // Journal lines are rows in large shared chunks, and each instance keeps the positions of its rows: millions
    // of long-lived small objects (or one growing array per instance) made the garbage collector the bottleneck.
    private const int ChunkSize = 1 << 14;
    private readonly List<JournalRow[]> _journalChunks = [];
    private readonly Dictionary<Guid, List<int>> _journals;
    private int _journalRows;
    private readonly Dictionary<Guid, UserTaskRecord> _tasks;
    private readonly Dictionary<Guid, MessageSubscription> _subscriptions = [];
    private readonly Dictionary<Guid, PendingTimer> _timers = [];
    private readonly Dictionary<Guid, Incident> _incidents = [];
    private readonly List<NotificationRequested> _outbox = [];

    /// <summary>Creates an empty store.</summary>
    public InMemoryWorkflowStore()
        : this(0)
    {
    }

    /// <summary>Creates an empty store sized for <paramref name="expectedInstances"/> (avoids re-growing large tables).</summary>
    public InMemoryWorkflowStore(int expectedInstances)
    {
        _instances = new(expectedInstances);
        _journals = new(expectedInstances);
        _tasks = new(expectedInstances * 4);
    }

    /// <summary>When false, the journal is not kept (benchmarks that measure the engine alone).</summary>
    public bool KeepJournal { get; init; } = true;

    /// <summary>When false, closed tasks are dropped instead of kept for history (benchmarks).</summary>
    public bool KeepClosedTasks { get; init; } = true;

    /// <summary>Notifications written by committed steps, in commit order.</summary>
    public IReadOnlyList<NotificationRequested> Outbox
    {
        get
        {
            lock (_lock)
            {
                return [.. _outbox];
            }
        }
    }

    /// <summary>Number of instances stored.</summary>
    public int InstanceCount
    {
        get
        {
            lock (_lock)
            {
                return _instances.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<InstanceState?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_instances.GetValueOrDefault(instanceId));
        }
    }

    /// <inheritdoc />
    public ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken = default)
    {
        var state = commit.State;
        lock (_lock)
        {
            var current = _instances.GetValueOrDefault(state.InstanceId);
            if ((current?.Version ?? 0) != commit.ExpectedVersion)
            {
                throw new ConcurrencyConflictException(state.InstanceId, commit.ExpectedVersion);
            }

            if (current is not null)
            {
                foreach (var wait in current.Waits)
                {
                    if (!state.Waits.Contains(wait))
                    {
                        _timers.Remove(wait.Id);
                        _subscriptions.Remove(wait.Id);
                    }
                }
            }

            _instances[state.InstanceId] = state;
            foreach (var wait in state.Waits)
            {
                if (current is not null && current.Waits.Contains(wait))
                {
                    continue;
                }

                switch (wait.Kind)
                {
                    case WaitKind.Timer or WaitKind.IncidentRetry:
                        _timers[wait.Id] = new PendingTimer(wait.Id, state.InstanceId, wait.DueAt!.Value);
                        break;
                    case WaitKind.Message:
                        _subscriptions[wait.Id] = new MessageSubscription(wait.Id, state.InstanceId, wait.ElementId, wait.MessageName!, wait.CorrelationKey);
                        break;
                    default:
                        break;
                }
            }

            for (var i = 0; i < commit.Effects.Count; i++)
            {
                Apply(commit.Effects[i]);
            }

            if (KeepJournal && commit.Journal.Count > 0)
            {
                if (!_journals.TryGetValue(state.InstanceId, out var journal))
                {
                    _journals[state.InstanceId] = journal = new List<int>(16);
                }

                for (var i = 0; i < commit.Journal.Count; i++)
                {
                    var entry = commit.Journal[i];
                    if (_journalRows % ChunkSize == 0)
                    {
                        _journalChunks.Add(new JournalRow[ChunkSize]);
                    }

                    _journalChunks[^1][_journalRows % ChunkSize] = new JournalRow(entry.ElementId, entry.Actor, entry.Detail, entry.ReferenceId ?? Guid.Empty, entry.At.UtcTicks, entry.Sequence, entry.Kind);
                    journal.Add(_journalRows++);
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Apply(WorkflowEffect effect)
    {
        switch (effect)
        {
            case TaskCreated created:
                _tasks[created.Task.Id] = created.Task;
                break;
            case TaskUpdated updated:
                _tasks[updated.Task.Id] = updated.Task;
                break;
            case TaskClosed closed when KeepClosedTasks:
                _tasks[closed.Task.Id] = closed.Task;
                break;
            case TaskClosed closed:
                _tasks.Remove(closed.Task.Id);
                break;
            case IncidentRaised raised:
                _incidents[raised.Incident.Id] = raised.Incident;
                break;
            case IncidentResolved resolved:
                _incidents[resolved.Incident.Id] = resolved.Incident;
                break;
            case NotificationRequested notification:
                _outbox.Add(notification);
                break;
            default:
                break;
        }
    }

    /// <inheritdoc />
    public ValueTask<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_tasks.GetValueOrDefault(taskId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<UserTaskRecord> result =
            [
                .. _tasks.Values
                    .Where(t => query.IncludeClosed || t.Status == UserTaskStatus.Open)
                    .Where(t => query.InstanceId is null || t.InstanceId == query.InstanceId)
                    .Where(t => query.Assignee is null || t.Assignee == query.Assignee)
                    .Where(t => query.CandidateRoles is null || t.CandidateRoles.Count == 0 || t.CandidateRoles.Any(query.CandidateRoles.Contains))
                    .OrderByDescending(t => t.Priority)
                    .ThenBy(t => t.DueAt ?? DateTimeOffset.MaxValue)
                    .ThenBy(t => t.CreatedAt),
            ];
            return ValueTask.FromResult(result);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<MessageSubscription>> FindMessageSubscriptionsAsync(string messageName, string? correlationKey, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<MessageSubscription> result =
                [.. _subscriptions.Values.Where(s => s.MessageName == messageName && s.CorrelationKey == correlationKey)];
            return ValueTask.FromResult(result);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PendingTimer>> GetPendingTimersAsync(DateTimeOffset dueBefore, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<PendingTimer> result = [.. _timers.Values.Where(t => t.DueAt <= dueBefore).OrderBy(t => t.DueAt)];
            return ValueTask.FromResult(result);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<JournalEntry> result = _journals.TryGetValue(instanceId, out var journal)
                ? [.. journal.Select(i => _journalChunks[i / ChunkSize][i % ChunkSize]).Select(r => r.ToEntry(instanceId))]
                : [];
            return ValueTask.FromResult(result);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Incident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Incident> result =
                [.. _incidents.Values.Where(i => i.Status == IncidentStatus.Open && (instanceId is null || i.InstanceId == instanceId)).OrderBy(i => i.RaisedAt)];
            return ValueTask.FromResult(result);
        }
    }

    // 56 bytes instead of the 100-odd of a JournalEntry object; times are kept (and returned) in UTC.
    private readonly record struct JournalRow(string? ElementId, string? Actor, string? Detail, Guid ReferenceId, long AtUtcTicks, long Sequence, JournalKind Kind)
    {
        public JournalEntry ToEntry(Guid instanceId) =>
            new(instanceId, Sequence, new DateTimeOffset(AtUtcTicks, TimeSpan.Zero), Kind, ElementId, Actor, ReferenceId == Guid.Empty ? null : ReferenceId, Detail);
    }
}
