namespace WorkflowOffice.Engine.Runtime;

/// <summary>No instance has this id.</summary>
/// <param name="instanceId">The id asked for.</param>
public sealed class InstanceNotFoundException(Guid instanceId) : WorkflowException($"Workflow instance {instanceId} does not exist.")
{
    /// <summary>The id asked for.</summary>
    public Guid InstanceId { get; } = instanceId;
}
