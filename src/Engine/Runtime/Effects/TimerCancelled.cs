namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>A pending timer is no longer needed; after commit the runtime asks the scheduler to drop it.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="TimerId">Id of the wait state.</param>
public sealed record TimerCancelled(Guid InstanceId, Guid TimerId) : WorkflowEffect(InstanceId);
