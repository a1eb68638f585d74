using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.Effects;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Workflows.Outbox;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// The engine's <see cref="IWorkflowStore"/> on EF Core (PostgreSQL or SQLite). A step is one
/// <c>SaveChanges</c>: the instance row is updated <c>WHERE Version = expected</c> in the same batch as the
/// inserts and updates of tasks, timers, subscriptions, incidents, journal and outbox, so either all of it is
/// written or none. Contexts are pooled and short-lived; rows are written by explicit entity states (no
/// change detection, no tracking queries).
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
    private const int MaxRememberedStates = 100_000;

    private static readonly DateTimeOffset NoDueLimit = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Func<WorkflowOfficeDbContext, Guid, CancellationToken, Task<StoredState?>> LoadQuery =
        EF.CompileAsyncQuery((WorkflowOfficeDbContext db, Guid id, CancellationToken _) =>
            db.Set<WorkflowInstanceRow>().Where(i => i.Id == id).Select(i => new StoredState(i.StateJson, i.Version)).FirstOrDefault());

    private static readonly Func<WorkflowOfficeDbContext, Guid, CancellationToken, Task<WorkflowTaskRow?>> TaskQuery =
        EF.CompileAsyncQuery((WorkflowOfficeDbContext db, Guid id, CancellationToken _) =>
            db.Set<WorkflowTaskRow>().FirstOrDefault(t => t.Id == id));

    private readonly ConcurrentDictionary<Guid, OpenWaits> _openWaits = new();

    /// <inheritdoc />
    public async ValueTask<InstanceState?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        StoredState? stored;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            stored = await LoadQuery(db, instanceId, cancellationToken).ConfigureAwait(false);
        }

        if (stored is null)
        {
            return null;
        }

        var state = InstanceStateJson.Deserialize(stored.StateJson, stored.Version);
        Remember(state);
        return state;
    }

    /// <inheritdoc />
    public async ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken = default)
    {
        var state = commit.State;
        var associationId = WorkflowTenancy.AssociationOf(state);
        var after = OpenWaits.Of(state);
        _openWaits.TryRemove(state.InstanceId, out var before);
        if (before?.Version != commit.ExpectedVersion)
        {
            before = null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        IDbContextTransaction? transaction = null;
        try
        {
            WriteInstance(db, commit, associationId);
            if (commit.ExpectedVersion > 0)
            {
                if (before is not null)
                {
                    CloseWaits(db, before, after);
                }
                else
                {
                    // The starting state is unknown here: close, in the step's transaction, whatever it no longer has.
                    transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    await CloseWaitsByQueryAsync(db, state.InstanceId, after, cancellationToken).ConfigureAwait(false);
                }
            }

            WriteEffects(db, commit, associationId);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsConflict(ex))
        {
            throw new ConcurrencyConflictException(state.InstanceId, commit.ExpectedVersion);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (state.Status is not (InstanceStatus.Completed or InstanceStatus.Terminated))
        {
            Remember(after);
        }
    }

    /// <inheritdoc />
    public async ValueTask<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await TaskQuery(db, taskId, cancellationToken).ConfigureAwait(false);
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

    // ---- writing a step ---------------------------------------------------------------------------------

    private static void WriteInstance(WorkflowOfficeDbContext db, StepCommit commit, Guid associationId)
    {
        var state = commit.State;
        var row = new WorkflowInstanceRow
        {
            Id = state.InstanceId,
            AssociationId = associationId,
            DefinitionKey = state.DefinitionKey,
            DefinitionVersion = state.DefinitionVersion,
            BusinessKey = state.BusinessKey,
            Status = state.Status,
            StateJson = InstanceStateJson.Serialize(state),
            Version = state.Version,
            StartedAt = DbTime.ToDb(state.StartedAt),
            EndedAt = DbTime.ToDb(state.EndedAt),
        };

        if (commit.ExpectedVersion == 0)
        {
            // A second start with the same id fails on the primary key: reported as a conflict.
            db.Add(row);
            return;
        }

        // UPDATE … WHERE Id = @id AND Version = @expected: zero rows is a concurrency conflict.
        var entry = db.Attach(row);
        entry.Property(i => i.Version).OriginalValue = commit.ExpectedVersion;
        entry.Property(i => i.Version).IsModified = true;
        entry.Property(i => i.Status).IsModified = true;
        entry.Property(i => i.StateJson).IsModified = true;
        entry.Property(i => i.EndedAt).IsModified = true;
    }

    private static void CloseWaits(WorkflowOfficeDbContext db, OpenWaits before, OpenWaits after)
    {
        foreach (var id in before.Timers)
        {
            if (Array.IndexOf(after.Timers, id) < 0)
            {
                var entry = db.Attach(new WorkflowTimerRow { Id = id, Resolved = true });
                entry.Property(t => t.Resolved).IsModified = true;
            }
        }

        foreach (var id in before.Subscriptions)
        {
            if (Array.IndexOf(after.Subscriptions, id) < 0)
            {
                db.Remove(new WorkflowMessageSubscriptionRow { Id = id });
            }
        }
    }

    private static async Task CloseWaitsByQueryAsync(WorkflowOfficeDbContext db, Guid instanceId, OpenWaits after, CancellationToken cancellationToken)
    {
        var timers = after.Timers;
        var subscriptions = after.Subscriptions;
        await db.Set<WorkflowTimerRow>()
            .Where(t => t.InstanceId == instanceId && !t.Resolved && !timers.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Resolved, true), cancellationToken)
            .ConfigureAwait(false);
        await db.Set<WorkflowMessageSubscriptionRow>()
            .Where(s => s.InstanceId == instanceId && !subscriptions.Contains(s.Id))
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private void WriteEffects(WorkflowOfficeDbContext db, StepCommit commit, Guid associationId)
    {
        var state = commit.State;
        Dictionary<Guid, WorkflowTaskRow>? tasks = null;
        Dictionary<Guid, WorkflowIncidentRow>? incidents = null;
        foreach (var effect in commit.Effects)
        {
            switch (effect)
            {
                case TaskCreated created:
                    var task = WorkflowRows.ToRow(created.Task, associationId);
                    (tasks ??= []).Add(task.Id, task);
                    db.Add(task);
                    foreach (var role in created.Task.CandidateRoles.Distinct(StringComparer.Ordinal))
                    {
                        db.Add(new WorkflowTaskCandidateRow { TaskId = task.Id, Role = role, AssociationId = associationId });
                    }

                    break;
                case TaskUpdated updated:
                    UpdateTask(db, tasks ??= [], updated.Task, associationId);
                    break;
                case TaskClosed closed:
                    UpdateTask(db, tasks ??= [], closed.Task, associationId);
                    break;
                case IncidentRaised raised:
                    WriteIncident(db, incidents ??= [], raised.Incident, associationId, isNew: raised.Incident.Attempts == 1);
                    break;
                case IncidentResolved resolved:
                    WriteIncident(db, incidents ??= [], resolved.Incident, associationId, isNew: false);
                    break;
                case TimerScheduled scheduled when state.Waits.Find(w => w.Id == scheduled.TimerId) is { } wait:
                    db.Add(new WorkflowTimerRow
                    {
                        Id = wait.Id,
                        AssociationId = associationId,
                        InstanceId = state.InstanceId,
                        Kind = wait.Kind,
                        ElementId = wait.ElementId,
                        DueAt = DbTime.ToDb(wait.DueAt ?? scheduled.DueAt),
                    });
                    break;
                case MessageSubscriptionOpened opened when state.Waits.Exists(w => w.Id == opened.Subscription.Id):
                    var subscription = opened.Subscription;
                    db.Add(new WorkflowMessageSubscriptionRow
                    {
                        Id = subscription.Id,
                        AssociationId = associationId,
                        InstanceId = subscription.InstanceId,
                        ElementId = subscription.ElementId,
                        MessageName = subscription.MessageName,
                        CorrelationKey = subscription.CorrelationKey,
                    });
                    break;
                case NotificationRequested notification:
                    db.Add(outbox.ForNotification(notification, associationId));
                    break;
                default:
                    // Timer cancellations and closed subscriptions follow from the waits the new state no longer has.
                    break;
            }
        }

        foreach (var entry in commit.Journal)
        {
            db.Add(WorkflowRows.ToRow(entry, associationId));
        }
    }

    private static void UpdateTask(WorkflowOfficeDbContext db, Dictionary<Guid, WorkflowTaskRow> written, UserTaskRecord task, Guid associationId)
    {
        if (written.TryGetValue(task.Id, out var row))
        {
            // Opened or already changed in this step: the pending row takes the latest values.
            WorkflowRows.Copy(task, associationId, row);
            return;
        }

        row = WorkflowRows.ToRow(task, associationId);
        written.Add(task.Id, row);
        db.Entry(row).State = EntityState.Modified;
    }

    private static void WriteIncident(WorkflowOfficeDbContext db, Dictionary<Guid, WorkflowIncidentRow> written, Incident incident, Guid associationId, bool isNew)
    {
        if (written.TryGetValue(incident.Id, out var row))
        {
            WorkflowRows.Copy(incident, associationId, row);
            return;
        }

        row = WorkflowRows.ToRow(incident, associationId);
        written.Add(incident.Id, row);
        if (isNew)
        {
            db.Add(row);
        }
        else
        {
            db.Entry(row).State = EntityState.Modified;
        }
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

    // ---- what the store remembers of loaded states --------------------------------------------------------

    private void Remember(InstanceState state) => Remember(OpenWaits.Of(state));

    private void Remember(OpenWaits waits)
    {
        if (_openWaits.Count >= MaxRememberedStates)
        {
            // Only an optimisation: forgetting costs one statement per step until the states are loaded again.
            _openWaits.Clear();
        }

        _openWaits[waits.InstanceId] = waits;
    }

    private sealed record StoredState(string StateJson, long Version);

    /// <summary>The open timers and subscriptions of one committed version of an instance.</summary>
    private sealed record OpenWaits(Guid InstanceId, long Version, Guid[] Timers, Guid[] Subscriptions)
    {
        public static OpenWaits Of(InstanceState state)
        {
            List<Guid>? timers = null;
            List<Guid>? subscriptions = null;
            foreach (var wait in state.Waits)
            {
                switch (wait.Kind)
                {
                    case WaitKind.Timer or WaitKind.IncidentRetry:
                        (timers ??= []).Add(wait.Id);
                        break;
                    case WaitKind.Message:
                        (subscriptions ??= []).Add(wait.Id);
                        break;
                    default:
                        break;
                }
            }

            return new OpenWaits(state.InstanceId, state.Version, timers?.ToArray() ?? [], subscriptions?.ToArray() ?? []);
        }
    }
}
