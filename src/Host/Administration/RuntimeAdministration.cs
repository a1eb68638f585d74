using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Workflows.Outbox;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Host.Administration;

/// <summary>
/// What the administrator watches in the running procedures of their association: open incidents (with retry),
/// pending timers, the outbox and its dead letters (with retry).
/// </summary>
public sealed class RuntimeAdministration(
    WorkflowOfficeDbContext db,
    ICurrentUser current,
    IServiceProvider services,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<IncidentItem>> OpenIncidentsAsync(CancellationToken cancellationToken = default)
    {
        var associationId = current.AssociationId;
        var rows = await (
                from i in db.Set<WorkflowIncidentRow>().AsNoTracking()
                where i.AssociationId == associationId && i.Status == IncidentStatus.Open
                join w in db.Set<WorkflowInstanceRow>() on i.InstanceId equals w.Id into instances
                from w in instances.DefaultIfEmpty()
                orderby i.RaisedAt descending
                select new { Incident = i, BusinessKey = w == null ? null : w.BusinessKey })
            .Take(500)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new IncidentItem(
            r.Incident.Id, r.Incident.InstanceId, r.BusinessKey, r.Incident.ElementId, r.Incident.ErrorType, r.Incident.ErrorMessage,
            r.Incident.Attempts, Utc(r.Incident.RaisedAt), Utc(r.Incident.LastFailedAt), Utc(r.Incident.NextRetryAt)))];
    }

    /// <summary>Retries a failed step now, as the signed-in administrator.</summary>
    public async Task RetryIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default)
    {
        var incident = await db.Set<WorkflowIncidentRow>().AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == incidentId && i.AssociationId == current.AssociationId, cancellationToken)
            ?? throw new AdministrationException("الحادثة غير موجودة.", "The incident was not found.");
        if (incident.Status != IncidentStatus.Open)
        {
            throw new AdministrationException("عولجت هذه الحادثة من قبل.", "This incident is already resolved.");
        }

        // The runtime is registered with the case procedures; without it there is nothing to retry on.
        var runtime = services.GetService<WorkflowRuntime>()
            ?? throw new AdministrationException("محرك سير العمل غير مفعّل على هذا الخادم.", "The workflow runtime is not enabled on this server.");
        await runtime.RetryIncidentAsync(incident.InstanceId, incident.Id, Actor.User(current.UserId.ToString(), [.. current.Roles]), cancellationToken);
    }

    public async Task<IReadOnlyList<TimerItem>> PendingTimersAsync(CancellationToken cancellationToken = default)
    {
        var associationId = current.AssociationId;
        var rows = await (
                from t in db.Set<WorkflowTimerRow>().AsNoTracking()
                where t.AssociationId == associationId && !t.Resolved
                join w in db.Set<WorkflowInstanceRow>() on t.InstanceId equals w.Id into instances
                from w in instances.DefaultIfEmpty()
                orderby t.DueAt
                select new { Timer = t, BusinessKey = w == null ? null : w.BusinessKey })
            .Take(500)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var instanceIds = rows.Select(r => (Guid?)r.Timer.InstanceId).Distinct().ToList();
        var references = await db.Set<SupportCase>().AsNoTracking()
            .Where(c => c.AssociationId == associationId && instanceIds.Contains(c.WorkflowInstanceId))
            .Select(c => new { c.WorkflowInstanceId, c.Reference })
            .ToListAsync(cancellationToken);
        var referenceOf = references.ToDictionary(c => c.WorkflowInstanceId!.Value, c => c.Reference);
        return [.. rows.Select(r => new TimerItem(
            r.Timer.Id, r.Timer.InstanceId, referenceOf.GetValueOrDefault(r.Timer.InstanceId) ?? r.BusinessKey, r.Timer.Kind, r.Timer.ElementId,
            Utc(r.Timer.DueAt), Utc(r.Timer.DueAt) < now))];
    }

    /// <summary>The outbox: <c>pending</c>, <c>dead</c> (dead letters) or <c>sent</c> (latest first).</summary>
    public async Task<IReadOnlyList<OutboxItem>> OutboxAsync(string state, CancellationToken cancellationToken = default)
    {
        var associationId = current.AssociationId;
        var query = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AssociationId == associationId);
        query = state switch
        {
            "dead" => query.Where(m => m.DeadLetteredAt != null).OrderByDescending(m => m.DeadLetteredAt),
            "sent" => query.Where(m => m.SentAt != null).OrderByDescending(m => m.SentAt),
            _ => query.Where(m => m.SentAt == null && m.DeadLetteredAt == null).OrderBy(m => m.NextAttemptAt),
        };
        var rows = await query.Take(200).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var messages = await db.Set<NotificationMessage>().AsNoTracking()
            .Where(m => m.SourceId != null && ids.Contains(m.SourceId.Value))
            .ToListAsync(cancellationToken);
        var lines = messages
            .GroupBy(m => m.SourceId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OutboxLine>)[.. g.OrderBy(m => m.Channel, StringComparer.Ordinal).Select(m => new OutboxLine(
                m.Channel, NotificationDispatcher.Mask(m.Address), m.Subject, m.Body, m.Status, m.SentAt, m.LastError))]);
        return [.. rows.Select(m => new OutboxItem(
            m.Id, m.Kind, EventOf(m.PayloadJson), Utc(m.CreatedAt), m.Attempts, Utc(m.NextAttemptAt), Utc(m.SentAt), Utc(m.DeadLetteredAt), m.LastError,
            lines.GetValueOrDefault(m.Id) ?? []))];
    }

    /// <summary>Puts a dead letter back in the queue for the dispatcher's next pass, with a fresh set of attempts.</summary>
    public async Task RetryDeadLetterAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var message = await db.Set<OutboxMessage>()
            .SingleOrDefaultAsync(m => m.Id == messageId && m.AssociationId == current.AssociationId, cancellationToken)
            ?? throw new AdministrationException("الرسالة غير موجودة.", "The message was not found.");
        if (message.DeadLetteredAt is null)
        {
            throw new AdministrationException("الرسالة ليست في قائمة الرسائل المتعذرة.", "The message is not a dead letter.");
        }

        message.DeadLetteredAt = null;
        message.Attempts = 0;
        message.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? EventOf(string payloadJson)
    {
        try
        {
            using var document = JsonDocument.Parse(payloadJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && (document.RootElement.TryGetProperty("eventName", out var value) || document.RootElement.TryGetProperty("event", out value)
                    || document.RootElement.TryGetProperty("Event", out value))
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
