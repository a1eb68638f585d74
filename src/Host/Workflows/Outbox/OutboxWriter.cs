using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.Effects;

namespace WorkflowOffice.Host.Workflows.Outbox;

/// <summary>
/// Turns requests to send something into <see cref="OutboxMessage"/> rows. The workflow store uses it inside
/// each step's transaction; host features (issue 4 and later) add rows the same way to their own unit of work.
/// </summary>
/// <param name="clock">Stamps the rows.</param>
public sealed class OutboxWriter(TimeProvider clock)
{
    /// <summary>The kind of a notification requested by a workflow activity.</summary>
    public const string NotificationKind = "notification";

    /// <summary>A row for a notification an activity requested.</summary>
    public OutboxMessage ForNotification(NotificationRequested notification, Guid associationId)
    {
        var payload = new NotificationPayload(
            notification.InstanceId, notification.ElementId, notification.EventName, notification.Template, notification.Recipient, notification.Data);
        return Create(NotificationKind, WorkflowJson.Serialize(payload), associationId, notification.InstanceId);
    }

    /// <summary>A row of any kind with a JSON payload, due at once.</summary>
    public OutboxMessage Create(string kind, string payloadJson, Guid associationId, Guid? instanceId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            AssociationId = associationId,
            InstanceId = instanceId,
            Kind = kind,
            PayloadJson = payloadJson,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private sealed record NotificationPayload(
        Guid InstanceId, string ElementId, string EventName, string? Template, string? Recipient, IReadOnlyDictionary<string, object?> Data);
}
