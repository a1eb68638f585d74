namespace WorkflowOffice.Engine.Runtime;

/// <summary>A committed, unresolved timer (or incident retry): the truth a scheduler is rebuilt from.</summary>
/// <param name="TimerId">Id of the wait state.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="DueAt">When it is due.</param>
public sealed record PendingTimer(Guid TimerId, Guid InstanceId, DateTimeOffset DueAt);
