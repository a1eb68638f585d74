namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>An activity asks for a notification; the store writes it to the outbox in the step's transaction.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="ElementId">The element that asked.</param>
/// <param name="EventName">Notification event, e.g. <c>sent-to-committee</c>.</param>
/// <param name="Template">Template name (<c>wo:template</c>), if not derived from the event.</param>
/// <param name="Recipient">Recipient reference (a beneficiary id, a role, an address); never logged.</param>
/// <param name="Data">Template data (JSON-compatible values).</param>
public sealed record NotificationRequested(
    Guid InstanceId,
    string ElementId,
    string EventName,
    string? Template,
    string? Recipient,
    IReadOnlyDictionary<string, object?> Data) : WorkflowEffect(InstanceId);
