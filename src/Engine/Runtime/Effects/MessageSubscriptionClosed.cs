namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>A message subscription was satisfied or withdrawn.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="SubscriptionId">Id of the wait state.</param>
public sealed record MessageSubscriptionClosed(Guid InstanceId, Guid SubscriptionId) : WorkflowEffect(InstanceId);
