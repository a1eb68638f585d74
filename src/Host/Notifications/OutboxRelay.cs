using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tasks;
using WorkflowOffice.Host.Workflows.Outbox;

namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// Relays the engine store's outbox (<see cref="OutboxMessage"/> rows of kind <c>notification</c>, written in each
/// step's transaction) into rendered <see cref="NotificationMessage"/>s. Rendering the messages and taking the
/// outbox row happen in one <c>SaveChanges</c>, so a request yields its messages exactly once even if the host
/// stops in between. The outbox row then mirrors its messages: sent when all are sent, dead-lettered when one is;
/// an administrator's retry of a dead-lettered row renders its failed messages again (the template may have
/// been fixed since) and puts them back in the queue.
/// </summary>
internal sealed class OutboxRelay(IServiceScopeFactory scopes, NotificationComposer composer, TimeProvider clock, ILogger<OutboxRelay> logger) : INotificationRelay
{
    private const int BatchSize = 50;

    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        await MirrorAsync(db, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.Kind == OutboxWriter.NotificationKind && m.SentAt == null && m.DeadLetteredAt == null && m.NextAttemptAt != null && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var row in due)
        {
            row.Attempts++;
            row.NextAttemptAt = null;
            var existing = await db.Set<NotificationMessage>().Where(m => m.SourceId == row.Id).ToListAsync(cancellationToken);
            try
            {
                using var payload = JsonDocument.Parse(row.PayloadJson);
                var root = payload.RootElement;
                var data = root.TryGetProperty("data", out var dataElement) && dataElement.ValueKind == JsonValueKind.Object
                    ? JsonVariables.Convert(dataElement) as Dictionary<string, object?> ?? []
                    : [];
                var template = root.TryGetProperty("template", out var templateElement) ? templateElement.GetString() : null;
                var recipient = root.TryGetProperty("recipient", out var recipientElement) ? recipientElement.GetString() : null;
                if (existing.Count > 0)
                {
                    // Already rendered: this is an administrator's retry of a dead letter. Its failed messages are
                    // rendered again with today's templates (the failure may have been the template, since fixed)
                    // and queued with a fresh set of attempts; the messages already sent stay as they are.
                    await composer.RerenderAsync(
                        db, row.AssociationId, [.. existing.Where(m => m.Status == NotificationStatus.DeadLetter)], template, recipient, data, cancellationToken);
                    continue;
                }

                await composer.ComposeAsync(
                    db,
                    row.AssociationId,
                    row.Id,
                    root.GetProperty("eventName").GetString()!,
                    template,
                    recipient,
                    data,
                    cancellationToken);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                logger.LogError("Outbox row {Id} is not a readable notification: {Error}", row.Id, ex.Message);
                row.DeadLetteredAt = now;
                row.LastError = ex.GetType().Name;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>Rows taken by the relay and not yet settled follow their messages.</summary>
    private async Task MirrorAsync(WorkflowOfficeDbContext db, CancellationToken cancellationToken)
    {
        var inFlight = await db.Set<OutboxMessage>()
            .Where(m => m.Kind == OutboxWriter.NotificationKind && m.SentAt == null && m.DeadLetteredAt == null && m.NextAttemptAt == null)
            .Take(500)
            .ToListAsync(cancellationToken);
        if (inFlight.Count == 0)
        {
            return;
        }

        var ids = inFlight.Select(m => m.Id).ToList();
        var messages = await db.Set<NotificationMessage>().AsNoTracking()
            .Where(m => m.SourceId != null && ids.Contains(m.SourceId.Value))
            .Select(m => new { m.SourceId, m.Status, m.LastError })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in inFlight)
        {
            var mine = messages.Where(m => m.SourceId == row.Id).ToList();
            if (mine.FirstOrDefault(m => m.Status == NotificationStatus.DeadLetter) is { } dead)
            {
                row.DeadLetteredAt = now;
                row.LastError = dead.LastError;
            }
            else if (mine.All(m => m.Status == NotificationStatus.Sent))
            {
                // A request with no reachable recipient counts as done too: there was nobody to send to.
                row.SentAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
