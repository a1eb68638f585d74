namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>A user task was completed or cancelled (see <see cref="UserTaskRecord.Status"/>); keep it for history.</summary>
/// <param name="Task">The task as it is now.</param>
public sealed record TaskClosed(UserTaskRecord Task) : WorkflowEffect(Task.InstanceId);
