namespace WorkflowOffice.Engine.Runtime;

/// <summary>The task was withdrawn by the engine (a deadline passed, the case was cancelled or terminated).</summary>
/// <param name="taskId">The task.</param>
public sealed class TaskWithdrawnException(Guid taskId)
    : WorkflowException($"Task {taskId} was withdrawn and can no longer be worked on.")
{
    /// <summary>The task.</summary>
    public Guid TaskId { get; } = taskId;
}
