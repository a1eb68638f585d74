namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>A user task was claimed or released: replace the stored record.</summary>
/// <param name="Task">The task as it is now.</param>
public sealed record TaskUpdated(UserTaskRecord Task) : WorkflowEffect(Task.InstanceId);
