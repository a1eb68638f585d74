namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>
/// Something a step asks the outside world to do or to record. Effects are data: the store writes them in the
/// same transaction as the new state (tasks table, timers, subscriptions, incidents, the notification outbox);
/// nothing leaves the process before the commit.
/// </summary>
/// <param name="InstanceId">The instance that produced the effect.</param>
public abstract record WorkflowEffect(Guid InstanceId);
