namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>An element failed (first failure or a failed retry; <see cref="Incident.Attempts"/> tells which).</summary>
/// <param name="Incident">The incident as it is now.</param>
public sealed record IncidentRaised(Incident Incident) : WorkflowEffect(Incident.InstanceId);
