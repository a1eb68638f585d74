using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Administration;

/// <summary>A pending timer (deadline, reminder, escalation) or automatic incident retry; <c>BusinessKey</c> is the case's reference when it has one.</summary>
public sealed record TimerItem(Guid Id, Guid InstanceId, string? BusinessKey, WaitKind Kind, string ElementId, DateTimeOffset DueAt, bool Overdue);
