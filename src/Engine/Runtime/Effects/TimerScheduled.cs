namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>A timer (or an incident retry) is pending; after commit the runtime hands it to the scheduler.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="TimerId">Id of the wait state.</param>
/// <param name="ElementId">The element that owns the timer.</param>
/// <param name="DueAt">When it is due.</param>
public sealed record TimerScheduled(Guid InstanceId, Guid TimerId, string ElementId, DateTimeOffset DueAt) : WorkflowEffect(InstanceId);
