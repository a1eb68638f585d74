using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.Effects;
using WorkflowOffice.Host.Workflows.Outbox;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// The rows one step writes, decided once from its <see cref="StepCommit"/>; <see cref="EfStepWriter"/> (SQLite)
/// and <see cref="NpgsqlStepWriter"/> (PostgreSQL) only turn them into statements.
/// </summary>
internal sealed class StepChanges
{
    private StepChanges(WorkflowInstanceRow instance, long expectedVersion)
    {
        Instance = instance;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>The instance row: inserted when <see cref="ExpectedVersion"/> is 0, else updated <c>WHERE Version = expected</c>.</summary>
    public WorkflowInstanceRow Instance { get; }

    /// <summary>The version the step started from; 0 for a start.</summary>
    public long ExpectedVersion { get; }

    /// <summary>
    /// When the store does not know which waits the starting state had: the waits the new state keeps; every
    /// other open timer or subscription row of the instance is closed (by a statement on the instance's rows).
    /// </summary>
    public OpenWaits? CloseAllExcept { get; private set; }

    /// <summary>Timer rows the step resolved (known from the starting state).</summary>
    public List<Guid> ResolvedTimers { get; } = [];

    /// <summary>Subscription rows the step closed (known from the starting state).</summary>
    public List<Guid> DeletedSubscriptions { get; } = [];

    public List<WorkflowTaskRow> InsertedTasks { get; } = [];

    public List<WorkflowTaskCandidateRow> InsertedCandidates { get; } = [];

    public List<WorkflowTaskRow> UpdatedTasks { get; } = [];

    public List<WorkflowIncidentRow> InsertedIncidents { get; } = [];

    public List<WorkflowIncidentRow> UpdatedIncidents { get; } = [];

    public List<WorkflowTimerRow> InsertedTimers { get; } = [];

    public List<WorkflowMessageSubscriptionRow> InsertedSubscriptions { get; } = [];

    public List<WorkflowJournalRow> Journal { get; } = [];

    public List<OutboxMessage> Outbox { get; } = [];

    /// <summary>The rows of a step.</summary>
    /// <param name="commit">The step.</param>
    /// <param name="before">The open waits of the state the step started from, when the store knows them.</param>
    /// <param name="after">The open waits of the new state.</param>
    /// <param name="outbox">Builds outbox rows.</param>
    public static StepChanges Of(StepCommit commit, OpenWaits? before, OpenWaits after, OutboxWriter outbox)
    {
        var state = commit.State;
        var associationId = WorkflowTenancy.AssociationOf(state);
        var changes = new StepChanges(
            new WorkflowInstanceRow
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
            },
            commit.ExpectedVersion);

        if (commit.ExpectedVersion > 0)
        {
            if (before is null)
            {
                changes.CloseAllExcept = after;
            }
            else
            {
                changes.AddClosedWaits(before, after);
            }
        }

        changes.AddEffects(commit, associationId, outbox);
        foreach (var entry in commit.Journal)
        {
            changes.Journal.Add(WorkflowRows.ToRow(entry, associationId));
        }

        return changes;
    }

    private void AddClosedWaits(OpenWaits before, OpenWaits after)
    {
        foreach (var id in before.Timers)
        {
            if (Array.IndexOf(after.Timers, id) < 0)
            {
                ResolvedTimers.Add(id);
            }
        }

        foreach (var id in before.Subscriptions)
        {
            if (Array.IndexOf(after.Subscriptions, id) < 0)
            {
                DeletedSubscriptions.Add(id);
            }
        }
    }

    private void AddEffects(StepCommit commit, Guid associationId, OutboxWriter outbox)
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
                    InsertedTasks.Add(task);
                    foreach (var role in created.Task.CandidateRoles.Distinct(StringComparer.Ordinal))
                    {
                        InsertedCandidates.Add(new WorkflowTaskCandidateRow { TaskId = task.Id, Role = role, AssociationId = associationId });
                    }

                    break;
                case TaskUpdated updated:
                    UpdateTask(tasks ??= [], updated.Task, associationId);
                    break;
                case TaskClosed closed:
                    UpdateTask(tasks ??= [], closed.Task, associationId);
                    break;
                case IncidentRaised raised:
                    WriteIncident(incidents ??= [], raised.Incident, associationId, isNew: raised.Incident.Attempts == 1);
                    break;
                case IncidentResolved resolved:
                    WriteIncident(incidents ??= [], resolved.Incident, associationId, isNew: false);
                    break;
                case TimerScheduled scheduled when state.Waits.Find(w => w.Id == scheduled.TimerId) is { } wait:
                    InsertedTimers.Add(new WorkflowTimerRow
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
                    InsertedSubscriptions.Add(new WorkflowMessageSubscriptionRow
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
                    Outbox.Add(outbox.ForNotification(notification, associationId));
                    break;
                default:
                    // Timer cancellations and closed subscriptions follow from the waits the new state no longer has.
                    break;
            }
        }
    }

    private void UpdateTask(Dictionary<Guid, WorkflowTaskRow> written, UserTaskRecord task, Guid associationId)
    {
        if (written.TryGetValue(task.Id, out var row))
        {
            // Opened or already changed in this step: the pending row takes the latest values.
            WorkflowRows.Copy(task, associationId, row);
            return;
        }

        row = WorkflowRows.ToRow(task, associationId);
        written.Add(task.Id, row);
        UpdatedTasks.Add(row);
    }

    private void WriteIncident(Dictionary<Guid, WorkflowIncidentRow> written, Incident incident, Guid associationId, bool isNew)
    {
        if (written.TryGetValue(incident.Id, out var row))
        {
            WorkflowRows.Copy(incident, associationId, row);
            return;
        }

        row = WorkflowRows.ToRow(incident, associationId);
        written.Add(incident.Id, row);
        (isNew ? InsertedIncidents : UpdatedIncidents).Add(row);
    }
}
