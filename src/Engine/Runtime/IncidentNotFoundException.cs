namespace WorkflowOffice.Engine.Runtime;

/// <summary>The instance has no open incident with this id.</summary>
/// <param name="incidentId">The id asked for.</param>
public sealed class IncidentNotFoundException(Guid incidentId) : WorkflowException($"There is no open incident {incidentId}.")
{
    /// <summary>The id asked for.</summary>
    public Guid IncidentId { get; } = incidentId;
}
