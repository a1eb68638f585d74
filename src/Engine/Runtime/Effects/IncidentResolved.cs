namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>An incident was resolved by a successful retry, or cancelled with its token.</summary>
/// <param name="Incident">The incident as it is now.</param>
public sealed record IncidentResolved(Incident Incident) : WorkflowEffect(Incident.InstanceId);
