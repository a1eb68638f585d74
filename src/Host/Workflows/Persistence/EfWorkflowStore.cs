using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Workflows.Outbox;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// The engine's <see cref="IWorkflowStore"/> on PostgreSQL or SQLite. A step is one transaction: the instance row
/// updated <c>WHERE Version = expected</c> with the inserts and updates of tasks, timers, subscriptions,
/// incidents, journal and outbox, so either all of it is written or none. What a step writes is decided once
/// (<see cref="StepChanges"/>); on PostgreSQL it goes out as one hand-built batch (<see cref="NpgsqlStepWriter"/>),
/// on SQLite through EF Core (<see cref="EfStepWriter"/>). Queries use EF Core with short-lived pooled contexts.
/// The states this store committed or loaded are held (<see cref="GetHeldState"/>), so a step usually reads
/// nothing before its commit: on PostgreSQL a step is then one round trip.
/// </summary>
/// <remarks>
/// Which timers and subscriptions a step closed is the difference between the state it started from and the
/// new state. The store remembers the open waits of the states it loaded (by instance and version), so the
/// difference costs no query; when it does not know the starting state (another host loaded it), one
/// statement inside the transaction closes every open row the new state no longer has.
/// </remarks>
/// <param name="contexts">Short-lived contexts.</param>
/// <param name="outbox">Builds outbox rows for notifications.</param>
public sealed class EfWorkflowStore(IDbContextFactory<WorkflowOfficeDbContext> contexts, OutboxWriter outbox) : IWorkflowStore
{
    private const int MaxCachedStates = 10_000;

    private static readonly DateTimeOffset NoDueLimit = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Compiled per store, not static: a compiled query serves one model, and a process may hold stores on
    // both providers (the tests do). The document comes only when the row is not at the version held in memory.
    private readonly Func<WorkflowOfficeDbContext, Guid, long, CancellationToken, Task<StoredState?>> _loadQuery =
        EF.CompileAsyncQuery((WorkflowOfficeDbContext db, Guid id, long knownVersion, CancellationToken _) =>
            db.Set<WorkflowInstanceRow>()
                .Where(i => i.Id == id)
                .Select(i => new StoredState(i.Version == knownVersion ? null : i.StateJson, i.Version))
                .FirstOrDefault());

    private readonly Func<WorkflowOfficeDbContext, Guid, CancellationToken, Task<WorkflowTaskRow?>> _taskQuery =
        EF.CompileAsyncQuery((WorkflowOfficeDbContext db, Guid id, CancellationToken _) =>
            db.Set<WorkflowTaskRow>().FirstOrDefault(t => t.Id == id));

    private readonly ConcurrentDictionary<Guid, OpenWaits> _openWaits = new();

    private readonly ConcurrentDictionary<Guid, InstanceState> _states = new();

    // Open user tasks of the held states: task → instance.
    private readonly ConcurrentDictionary<Guid, Guid> _heldTasks = new();

    private ProviderInfo? _provider;

    /// <summary>
    /// How many instances' open waits are remembered (beyond, all are forgotten and a step on a forgotten one
    /// closes its waits by one statement). Tests lower it to reach that path.
    /// </summary>
    internal int RememberedWaitsLimit { get; init; } = 100_000;

    /// <inheritdoc />
    /// <remarks>
    /// States this store committed or loaded are kept (read-only, as the contract allows): when the row is still
    /// at that version the query returns no document, and the state is neither transferred nor parsed again.
    /// </remarks>
    public async ValueTask<InstanceState?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        _states.TryGetValue(instanceId, out var cached);
        StoredState? stored;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            stored = await _loadQuery(db, instanceId, cached?.Version ?? -1, cancellationToken).ConfigureAwait(false);
        }

        if (stored is null)
        {
            _states.TryRemove(instanceId, out _);
            return null;
        }

        if (stored.StateJson is null && cached is not null)
        {
            if (!_openWaits.TryGetValue(instanceId, out var waits) || waits.Version != cached.Version)
            {
                Remember(OpenWaits.Of(cached));
            }

            return cached;
        }

        var state = InstanceStateJson.Deserialize(stored.StateJson!, stored.Version);
        Remember(OpenWaits.Of(state));
        Cache(state);
        return state;
    }

    /// <inheritdoc />
    public async ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken = default)
    {
        var state = commit.State;
        var after = OpenWaits.Of(state);
        _openWaits.TryRemove(state.InstanceId, out var before);
        if (before?.Version != commit.ExpectedVersion)
        {
            before = null;
        }

        // Whatever happens below, the state held for the old version is no longer the one to build on.
        _states.TryRemove(state.InstanceId, out _);
        var changes = StepChanges.Of(commit, before, after, outbox);
        try
        {
            if (await NpgsqlConnectionStringAsync(cancellationToken).ConfigureAwait(false) is { } connectionString)
            {
                await NpgsqlStepWriter.WriteAsync(connectionString, changes, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                await EfStepWriter.WriteAsync(db, changes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsConflict(ex))
        {
            throw new ConcurrencyConflictException(state.InstanceId, commit.ExpectedVersion);
        }

        foreach (var task in changes.UpdatedTasks)
        {
            if (task.Status != UserTaskStatus.Open)
            {
                _heldTasks.TryRemove(task.Id, out _);
            }
        }

        if (state.Status is not (InstanceStatus.Completed or InstanceStatus.Terminated))
        {
            Remember(after);
            Cache(state);
        }
    }

    /// <inheritdoc />
    public InstanceState? GetHeldState(Guid instanceId) => _states.TryGetValue(instanceId, out var state) ? state : null;

    /// <inheritdoc />
    public Guid? GetHeldTaskInstance(Guid taskId) =>
        _heldTasks.TryGetValue(taskId, out var instanceId) && _states.ContainsKey(instanceId) ? instanceId : null;

    /// <inheritdoc />
    public async ValueTask<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await _taskQuery(db, taskId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : WorkflowRows.ToRecord(row);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var tasks = db.Set<WorkflowTaskRow>().AsQueryable();
        if (!query.IncludeClosed)
        {
            tasks = tasks.Where(t => t.Status == UserTaskStatus.Open);
        }

        if (query.InstanceId is { } instanceId)
        {
            tasks = tasks.Where(t => t.InstanceId == instanceId);
        }

        if (query.Assignee is { } assignee)
        {
            tasks = tasks.Where(t => t.Assignee == assignee);
        }

        if (query.CandidateRoles is { } candidateRoles)
        {
            var roles = candidateRoles.ToArray();
            var candidates = db.Set<WorkflowTaskCandidateRow>();
            tasks = tasks.Where(t => t.CandidateRoles == "" || candidates.Any(c => c.TaskId == t.Id && roles.Contains(c.Role)));
        }

        var rows = await tasks
            .OrderByDescending(t => t.Priority)
            .ThenBy(t => t.DueAt == null)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(WorkflowRows.ToRecord)];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<MessageSubscription>> FindMessageSubscriptionsAsync(
        string messageName, string? correlationKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var subscriptions = db.Set<WorkflowMessageSubscriptionRow>().Where(s => s.MessageName == messageName);
        subscriptions = correlationKey is null
            ? subscriptions.Where(s => s.CorrelationKey == null)
            : subscriptions.Where(s => s.CorrelationKey == correlationKey);
        var rows = await subscriptions.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(s => new MessageSubscription(s.Id, s.InstanceId, s.ElementId, s.MessageName, s.CorrelationKey))];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<PendingTimer>> GetPendingTimersAsync(DateTimeOffset dueBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var timers = db.Set<WorkflowTimerRow>().Where(t => !t.Resolved);
        if (dueBefore < NoDueLimit)
        {
            var limit = DbTime.ToDb(dueBefore);
            timers = timers.Where(t => t.DueAt <= limit);
        }

        var rows = await timers.OrderBy(t => t.DueAt)
            .Select(t => new { t.Id, t.InstanceId, t.DueAt })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(t => new PendingTimer(t.Id, t.InstanceId, DbTime.FromDb(t.DueAt)))];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<WorkflowJournalRow>()
            .Where(j => j.InstanceId == instanceId)
            .OrderBy(j => j.Sequence)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(WorkflowRows.ToRecord)];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Incident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var incidents = db.Set<WorkflowIncidentRow>().Where(i => i.Status == IncidentStatus.Open);
        if (instanceId is { } id)
        {
            incidents = incidents.Where(i => i.InstanceId == id);
        }

        var rows = await incidents.OrderBy(i => i.RaisedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(WorkflowRows.ToRecord)];
    }

    /// <summary>
    /// A lost race, whatever the database calls it: the version check (no row updated), a duplicate key (two
    /// starts, or two steps appending the same journal sequence), a serialization failure or a deadlock.
    /// </summary>
    private static bool IsConflict(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => IsConflict(inner),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } => true,
        SqliteException { SqliteErrorCode: 19 } => true,
        _ => false,
    };

    /// <summary>On PostgreSQL, the contexts' connection string (steps bypass EF Core); <c>null</c> on SQLite.</summary>
    private async ValueTask<string?> NpgsqlConnectionStringAsync(CancellationToken cancellationToken)
    {
        if (_provider is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            // The string as configured (with its password), not the opened connection's.
            _provider = new ProviderInfo(db.Database.IsNpgsql() ? RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).ConnectionString : null);
        }

        return _provider.NpgsqlConnectionString;
    }

    // ---- what the store remembers of loaded states --------------------------------------------------------

    private void Remember(OpenWaits waits)
    {
        if (_openWaits.Count >= RememberedWaitsLimit)
        {
            // Only an optimisation: forgetting costs one statement per step until the states are loaded again.
            _openWaits.Clear();
        }

        _openWaits[waits.InstanceId] = waits;
    }

    private void Cache(InstanceState state)
    {
        if (_states.Count >= MaxCachedStates)
        {
            // Only an optimisation: a state not held is read and parsed once more, a task looked up once more.
            _states.Clear();
            _heldTasks.Clear();
        }

        // A slower thread must not put back an older version than one already held.
        _states.AddOrUpdate(state.InstanceId, static (_, newer) => newer, static (_, held, newer) => held.Version > newer.Version ? held : newer, state);
        foreach (var wait in state.Waits)
        {
            if (wait.Kind == WaitKind.UserTask)
            {
                _heldTasks[wait.Id] = state.InstanceId;
            }
        }
    }

    private sealed record StoredState(string? StateJson, long Version);

    private sealed record ProviderInfo(string? NpgsqlConnectionString);
}
