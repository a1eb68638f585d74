using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>Maps the engine's records to rows and back.</summary>
internal static class WorkflowRows
{
    private const char ListSeparator = ',';

    public static WorkflowTaskRow ToRow(UserTaskRecord task, Guid associationId)
    {
        var row = new WorkflowTaskRow { Id = task.Id };
        Copy(task, associationId, row);
        return row;
    }

    public static void Copy(UserTaskRecord task, Guid associationId, WorkflowTaskRow row)
    {
        row.AssociationId = associationId;
        row.InstanceId = task.InstanceId;
        row.DefinitionKey = task.DefinitionKey;
        row.BusinessKey = task.BusinessKey;
        row.ElementId = task.ElementId;
        row.Name = task.Name;
        row.CandidateRoles = string.Join(ListSeparator, task.CandidateRoles);
        row.Assignee = task.Assignee;
        row.CreatedAt = DbTime.ToDb(task.CreatedAt);
        row.DueAt = DbTime.ToDb(task.DueAt);
        row.Priority = task.Priority;
        row.Form = task.Form;
        row.Outcomes = string.Join(ListSeparator, task.Outcomes);
        row.Status = task.Status;
        row.CompletedBy = task.CompletedBy;
        row.ClosedAt = DbTime.ToDb(task.ClosedAt);
        row.Outcome = task.Outcome;
    }

    public static UserTaskRecord ToRecord(WorkflowTaskRow row) => new(
        row.Id, row.InstanceId, row.DefinitionKey, row.BusinessKey, row.ElementId, row.Name, Split(row.CandidateRoles), row.Assignee,
        DbTime.FromDb(row.CreatedAt), DbTime.FromDb(row.DueAt), row.Priority, row.Form, Split(row.Outcomes), row.Status, row.CompletedBy,
        DbTime.FromDb(row.ClosedAt), row.Outcome);

    public static WorkflowIncidentRow ToRow(Incident incident, Guid associationId)
    {
        var row = new WorkflowIncidentRow { Id = incident.Id };
        Copy(incident, associationId, row);
        return row;
    }

    public static void Copy(Incident incident, Guid associationId, WorkflowIncidentRow row)
    {
        row.AssociationId = associationId;
        row.InstanceId = incident.InstanceId;
        row.TokenId = incident.TokenId;
        row.ElementId = incident.ElementId;
        row.ErrorType = incident.ErrorType;
        row.ErrorMessage = incident.ErrorMessage;
        row.Attempts = incident.Attempts;
        row.RaisedAt = DbTime.ToDb(incident.RaisedAt);
        row.LastFailedAt = DbTime.ToDb(incident.LastFailedAt);
        row.NextRetryAt = DbTime.ToDb(incident.NextRetryAt);
        row.Status = incident.Status;
        row.ResolvedAt = DbTime.ToDb(incident.ResolvedAt);
        row.ResolvedBy = incident.ResolvedBy;
    }

    public static Incident ToRecord(WorkflowIncidentRow row) => new(
        row.Id, row.InstanceId, row.TokenId, row.ElementId, row.ErrorType, row.ErrorMessage, row.Attempts, DbTime.FromDb(row.RaisedAt),
        DbTime.FromDb(row.LastFailedAt), DbTime.FromDb(row.NextRetryAt), row.Status, DbTime.FromDb(row.ResolvedAt), row.ResolvedBy);

    public static WorkflowJournalRow ToRow(JournalEntry entry, Guid associationId) => new()
    {
        InstanceId = entry.InstanceId,
        Sequence = entry.Sequence,
        AssociationId = associationId,
        At = DbTime.ToDb(entry.At),
        Kind = entry.Kind,
        ElementId = entry.ElementId,
        Actor = entry.Actor,
        ReferenceId = entry.ReferenceId,
        Detail = entry.Detail,
    };

    public static JournalEntry ToRecord(WorkflowJournalRow row) =>
        new(row.InstanceId, row.Sequence, DbTime.FromDb(row.At), row.Kind, row.ElementId, row.Actor, row.ReferenceId, row.Detail);

    private static string[] Split(string joined) =>
        joined.Length == 0 ? [] : joined.Split(ListSeparator);
}
