namespace WorkflowOffice.Engine.Runtime;

/// <summary>The task was completed before (typically by a colleague a moment ago).</summary>
/// <param name="taskId">The task.</param>
/// <param name="completedBy">Actor id that completed it.</param>
/// <param name="completedAt">When.</param>
public sealed class TaskAlreadyCompletedException(Guid taskId, string? completedBy, DateTimeOffset? completedAt)
    : WorkflowException($"Task {taskId} was already completed by {completedBy ?? "someone else"}.")
{
    /// <summary>The task.</summary>
    public Guid TaskId { get; } = taskId;

    /// <summary>Actor id that completed it.</summary>
    public string? CompletedBy { get; } = completedBy;

    /// <summary>When it was completed.</summary>
    public DateTimeOffset? CompletedAt { get; } = completedAt;
}
