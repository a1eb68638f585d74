namespace WorkflowOffice.Engine.Runtime.Effects;

/// <summary>A user task opened: insert it into the task list.</summary>
/// <param name="Task">The new task.</param>
public sealed record TaskCreated(UserTaskRecord Task) : WorkflowEffect(Task.InstanceId);
