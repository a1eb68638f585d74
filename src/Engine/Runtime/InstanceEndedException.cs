namespace WorkflowOffice.Engine.Runtime;

/// <summary>The instance already completed or was terminated.</summary>
/// <param name="instanceId">The instance.</param>
/// <param name="status">Its final status.</param>
public sealed class InstanceEndedException(Guid instanceId, InstanceStatus status)
    : WorkflowException($"Workflow instance {instanceId} has already ended ({status}).")
{
    /// <summary>The instance.</summary>
    public Guid InstanceId { get; } = instanceId;

    /// <summary>Its final status.</summary>
    public InstanceStatus Status { get; } = status;
}
