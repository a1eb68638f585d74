namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>The instance now waits for a message.</summary>
/// <param name="Subscription">The subscription.</param>
public sealed record MessageSubscriptionOpened(MessageSubscription Subscription) : WorkflowEffect(Subscription.InstanceId);
