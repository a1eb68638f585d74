namespace WorkflowOffice.Engine.Runtime;

/// <summary>No user task has this id.</summary>
/// <param name="taskId">The task id asked for.</param>
public sealed class TaskNotFoundException(Guid taskId) : WorkflowException($"Task {taskId} does not exist.")
{
    /// <summary>The task id asked for.</summary>
    public Guid TaskId { get; } = taskId;
}
