using Npgsql;
using NpgsqlTypes;
using WorkflowOffice.Host.Workflows.Migrations;
using WorkflowOffice.Host.Workflows.Outbox;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// Writes a step's <see cref="StepChanges"/> on PostgreSQL as one <see cref="NpgsqlBatch"/> and no explicit
/// transaction: PostgreSQL runs a batch (everything up to its Sync) as one implicit transaction, committed when
/// the last statement succeeds and rolled back, with the statements after the failing one skipped, when any
/// fails — so a step is one round trip. The instance row goes first and refuses the step through
/// <c>workflow_expect_moved</c> (migration <c>WorkflowStepGuard</c>) when it is not at the expected version. The statements are
/// fixed texts with positional, typed parameters, so the connection prepares each once (<c>MaxAutoPrepare</c>);
/// journal lines go in one <c>unnest</c> insert whatever their number. EF Core's change tracker, which cost
/// most of a step's client CPU, is not involved.
/// </summary>
internal static class NpgsqlStepWriter
{
    private const string InsertInstance = """
        INSERT INTO "WorkflowInstances" ("Id", "AssociationId", "DefinitionKey", "DefinitionVersion", "BusinessKey", "Status", "StateJson", "Version", "StartedAt", "EndedAt")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """;

    // First in the batch: when the row is not at the expected version the guard raises 40001, and PostgreSQL skips
    // the rest of the batch and rolls back its implicit transaction.
    private const string UpdateInstance = $"""
        WITH moved AS (
            UPDATE "WorkflowInstances" SET "Status" = $1, "StateJson" = $2, "Version" = $3, "EndedAt" = $4
            WHERE "Id" = $5 AND "Version" = $6
            RETURNING 1)
        SELECT {WorkflowStepGuard.FunctionName}(count(*)) FROM moved
        """;

    // One statement per row, by primary key: a prepared statement's generic plan for "Id" = ANY($1) may be a
    // sequential scan (planned while the table was small), which grows with every timer ever resolved.
    private const string ResolveTimer = """UPDATE "WorkflowTimers" SET "Resolved" = TRUE WHERE "Id" = $1""";

    private const string DeleteSubscription = """DELETE FROM "WorkflowMessageSubscriptions" WHERE "Id" = $1""";

    // The association is given so that the (AssociationId, InstanceId) indexes serve these.
    private const string ResolveTimersExcept = """
        UPDATE "WorkflowTimers" SET "Resolved" = TRUE
        WHERE "AssociationId" = $1 AND "InstanceId" = $2 AND NOT "Resolved" AND NOT ("Id" = ANY($3))
        """;

    private const string DeleteSubscriptionsExcept = """
        DELETE FROM "WorkflowMessageSubscriptions" WHERE "AssociationId" = $1 AND "InstanceId" = $2 AND NOT ("Id" = ANY($3))
        """;

    private const string TaskColumns = """
        "AssociationId" = $2, "InstanceId" = $3, "DefinitionKey" = $4, "BusinessKey" = $5, "ElementId" = $6, "Name" = $7,
        "CandidateRoles" = $8, "Assignee" = $9, "CreatedAt" = $10, "DueAt" = $11, "Priority" = $12, "Form" = $13, "Outcomes" = $14,
        "Status" = $15, "CompletedBy" = $16, "ClosedAt" = $17, "Outcome" = $18
        """;

    private const string InsertTask = """
        INSERT INTO "WorkflowTasks" ("Id", "AssociationId", "InstanceId", "DefinitionKey", "BusinessKey", "ElementId", "Name", "CandidateRoles",
            "Assignee", "CreatedAt", "DueAt", "Priority", "Form", "Outcomes", "Status", "CompletedBy", "ClosedAt", "Outcome")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
        """;

    private const string UpdateTask = """UPDATE "WorkflowTasks" SET """ + TaskColumns + """ WHERE "Id" = $1""";

    private const string InsertCandidate = """
        INSERT INTO "WorkflowTaskCandidates" ("TaskId", "Role", "AssociationId") VALUES ($1, $2, $3)
        """;

    private const string InsertIncident = """
        INSERT INTO "WorkflowIncidents" ("Id", "AssociationId", "InstanceId", "TokenId", "ElementId", "ErrorType", "ErrorMessage", "Attempts",
            "RaisedAt", "LastFailedAt", "NextRetryAt", "Status", "ResolvedAt", "ResolvedBy")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        """;

    private const string UpdateIncident = """
        UPDATE "WorkflowIncidents" SET "AssociationId" = $2, "InstanceId" = $3, "TokenId" = $4, "ElementId" = $5, "ErrorType" = $6,
            "ErrorMessage" = $7, "Attempts" = $8, "RaisedAt" = $9, "LastFailedAt" = $10, "NextRetryAt" = $11, "Status" = $12,
            "ResolvedAt" = $13, "ResolvedBy" = $14
        WHERE "Id" = $1
        """;

    private const string InsertTimer = """
        INSERT INTO "WorkflowTimers" ("Id", "AssociationId", "InstanceId", "Kind", "ElementId", "DueAt", "Resolved")
        VALUES ($1, $2, $3, $4, $5, $6, FALSE)
        """;

    private const string InsertSubscription = """
        INSERT INTO "WorkflowMessageSubscriptions" ("Id", "AssociationId", "InstanceId", "ElementId", "MessageName", "CorrelationKey")
        VALUES ($1, $2, $3, $4, $5, $6)
        """;

    private const string InsertJournal = """
        INSERT INTO "WorkflowJournal" ("InstanceId", "Sequence", "AssociationId", "At", "Kind", "ElementId", "Actor", "ReferenceId", "Detail")
        SELECT i, s, $1, a, k, e, ac, r, d
        FROM unnest($2::uuid[], $3::bigint[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[]) AS j(i, s, a, k, e, ac, r, d)
        """;

    private const string InsertOutbox = """
        INSERT INTO "OutboxMessages" ("Id", "AssociationId", "InstanceId", "Kind", "PayloadJson", "CreatedAt", "Attempts", "NextAttemptAt",
            "SentAt", "DeadLetteredAt", "LastError")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    /// <summary>
    /// Writes the step, committed when this returns. A lost race — the instance row not at the expected version
    /// (serialization failure), a duplicate start or journal line (unique violation) — throws
    /// <see cref="PostgresException"/>, and nothing of the step is written.
    /// </summary>
    public static async Task WriteAsync(string connectionString, StepChanges changes, CancellationToken cancellationToken)
    {
        // The same connection string as EF Core's contexts, so the same pool.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        AddInstance(batch, changes);
        AddClosedWaits(batch, changes);
        foreach (var task in changes.InsertedTasks)
        {
            AddTask(batch, InsertTask, task);
        }

        foreach (var candidate in changes.InsertedCandidates)
        {
            var command = Add(batch, InsertCandidate);
            Uuid(command, candidate.TaskId);
            Text(command, candidate.Role);
            Uuid(command, candidate.AssociationId);
        }

        foreach (var task in changes.UpdatedTasks)
        {
            AddTask(batch, UpdateTask, task);
        }

        foreach (var incident in changes.InsertedIncidents)
        {
            AddIncident(batch, InsertIncident, incident);
        }

        foreach (var incident in changes.UpdatedIncidents)
        {
            AddIncident(batch, UpdateIncident, incident);
        }

        foreach (var timer in changes.InsertedTimers)
        {
            var command = Add(batch, InsertTimer);
            Uuid(command, timer.Id);
            Uuid(command, timer.AssociationId);
            Uuid(command, timer.InstanceId);
            Text(command, timer.Kind.ToString());
            Text(command, timer.ElementId);
            Time(command, timer.DueAt);
        }

        foreach (var subscription in changes.InsertedSubscriptions)
        {
            var command = Add(batch, InsertSubscription);
            Uuid(command, subscription.Id);
            Uuid(command, subscription.AssociationId);
            Uuid(command, subscription.InstanceId);
            Text(command, subscription.ElementId);
            Text(command, subscription.MessageName);
            Text(command, subscription.CorrelationKey);
        }

        AddJournal(batch, changes);
        foreach (var message in changes.Outbox)
        {
            AddOutbox(batch, message);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddInstance(NpgsqlBatch batch, StepChanges changes)
    {
        var row = changes.Instance;
        if (changes.ExpectedVersion == 0)
        {
            var insert = Add(batch, InsertInstance);
            Uuid(insert, row.Id);
            Uuid(insert, row.AssociationId);
            Text(insert, row.DefinitionKey);
            Integer(insert, row.DefinitionVersion);
            Text(insert, row.BusinessKey);
            Text(insert, row.Status.ToString());
            Text(insert, row.StateJson);
            Bigint(insert, row.Version);
            Time(insert, row.StartedAt);
            Time(insert, row.EndedAt);
            return;
        }

        var update = Add(batch, UpdateInstance);
        Text(update, row.Status.ToString());
        Text(update, row.StateJson);
        Bigint(update, row.Version);
        Time(update, row.EndedAt);
        Uuid(update, row.Id);
        Bigint(update, changes.ExpectedVersion);
    }

    private static void AddClosedWaits(NpgsqlBatch batch, StepChanges changes)
    {
        if (changes.CloseAllExcept is { } keep)
        {
            var timers = Add(batch, ResolveTimersExcept);
            Uuid(timers, changes.Instance.AssociationId);
            Uuid(timers, keep.InstanceId);
            UuidArray(timers, keep.Timers);
            var subscriptions = Add(batch, DeleteSubscriptionsExcept);
            Uuid(subscriptions, changes.Instance.AssociationId);
            Uuid(subscriptions, keep.InstanceId);
            UuidArray(subscriptions, keep.Subscriptions);
            return;
        }

        foreach (var id in changes.ResolvedTimers)
        {
            Uuid(Add(batch, ResolveTimer), id);
        }

        foreach (var id in changes.DeletedSubscriptions)
        {
            Uuid(Add(batch, DeleteSubscription), id);
        }
    }

    private static void AddTask(NpgsqlBatch batch, string sql, WorkflowTaskRow task)
    {
        var command = Add(batch, sql);
        Uuid(command, task.Id);
        Uuid(command, task.AssociationId);
        Uuid(command, task.InstanceId);
        Text(command, task.DefinitionKey);
        Text(command, task.BusinessKey);
        Text(command, task.ElementId);
        Text(command, task.Name);
        Text(command, task.CandidateRoles);
        Text(command, task.Assignee);
        Time(command, task.CreatedAt);
        Time(command, task.DueAt);
        Integer(command, task.Priority);
        Text(command, task.Form);
        Text(command, task.Outcomes);
        Text(command, task.Status.ToString());
        Text(command, task.CompletedBy);
        Time(command, task.ClosedAt);
        Text(command, task.Outcome);
    }

    private static void AddIncident(NpgsqlBatch batch, string sql, WorkflowIncidentRow incident)
    {
        var command = Add(batch, sql);
        Uuid(command, incident.Id);
        Uuid(command, incident.AssociationId);
        Uuid(command, incident.InstanceId);
        Uuid(command, incident.TokenId);
        Text(command, incident.ElementId);
        Text(command, incident.ErrorType);
        Text(command, incident.ErrorMessage);
        Integer(command, incident.Attempts);
        Time(command, incident.RaisedAt);
        Time(command, incident.LastFailedAt);
        Time(command, incident.NextRetryAt);
        Text(command, incident.Status.ToString());
        Time(command, incident.ResolvedAt);
        Text(command, incident.ResolvedBy);
    }

    private static void AddJournal(NpgsqlBatch batch, StepChanges changes)
    {
        var lines = changes.Journal;
        if (lines.Count == 0)
        {
            return;
        }

        var instances = new Guid[lines.Count];
        var sequences = new long[lines.Count];
        var times = new DateTime[lines.Count];
        var kinds = new string[lines.Count];
        var elements = new string?[lines.Count];
        var actors = new string?[lines.Count];
        var references = new Guid?[lines.Count];
        var details = new string?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            instances[i] = line.InstanceId;
            sequences[i] = line.Sequence;
            times[i] = line.At;
            kinds[i] = line.Kind.ToString();
            elements[i] = line.ElementId;
            actors[i] = line.Actor;
            references[i] = line.ReferenceId;
            details[i] = line.Detail;
        }

        var command = Add(batch, InsertJournal);
        Uuid(command, changes.Instance.AssociationId);
        Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.Uuid, instances);
        Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.Bigint, sequences);
        Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, times);
        Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.Text, kinds);
        Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.Text, elements);
        Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.Text, actors);
        Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.Uuid, references);
        Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.Text, details);
    }

    private static void AddOutbox(NpgsqlBatch batch, OutboxMessage message)
    {
        var command = Add(batch, InsertOutbox);
        Uuid(command, message.Id);
        Uuid(command, message.AssociationId);
        Parameter(command, NpgsqlDbType.Uuid, message.InstanceId);
        Text(command, message.Kind);
        Text(command, message.PayloadJson);
        Time(command, message.CreatedAt);
        Integer(command, message.Attempts);
        Time(command, message.NextAttemptAt);
        Time(command, message.SentAt);
        Time(command, message.DeadLetteredAt);
        Text(command, message.LastError);
    }

    private static NpgsqlBatchCommand Add(NpgsqlBatch batch, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        batch.BatchCommands.Add(command);
        return command;
    }

    private static void Uuid(NpgsqlBatchCommand command, Guid value) => Parameter(command, NpgsqlDbType.Uuid, value);

    private static void UuidArray(NpgsqlBatchCommand command, Guid[] value) => Parameter(command, NpgsqlDbType.Array | NpgsqlDbType.Uuid, value);

    private static void Text(NpgsqlBatchCommand command, string? value) => Parameter(command, NpgsqlDbType.Text, value);

    private static void Integer(NpgsqlBatchCommand command, int value) => Parameter(command, NpgsqlDbType.Integer, value);

    private static void Bigint(NpgsqlBatchCommand command, long value) => Parameter(command, NpgsqlDbType.Bigint, value);

    private static void Time(NpgsqlBatchCommand command, DateTime value) => Parameter(command, NpgsqlDbType.TimestampTz, value);

    private static void Time(NpgsqlBatchCommand command, DateTime? value) => Parameter(command, NpgsqlDbType.TimestampTz, value);

    // Generic parameters: no boxing of value types, and the type is given, so Npgsql infers nothing.
    private static void Parameter<T>(NpgsqlBatchCommand command, NpgsqlDbType type, T value) =>
        command.Parameters.Add(new NpgsqlParameter<T> { NpgsqlDbType = type, TypedValue = value });
}
