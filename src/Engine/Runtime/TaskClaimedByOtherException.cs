namespace WorkflowOffice.Engine.Runtime;

/// <summary>Another actor claimed the task.</summary>
/// <param name="taskId">The task.</param>
/// <param name="assignee">Who holds it.</param>
public sealed class TaskClaimedByOtherException(Guid taskId, string assignee)
    : WorkflowException($"Task {taskId} is claimed by {assignee}.")
{
    /// <summary>The task.</summary>
    public Guid TaskId { get; } = taskId;

    /// <summary>Who holds it.</summary>
    public string Assignee { get; } = assignee;
}
