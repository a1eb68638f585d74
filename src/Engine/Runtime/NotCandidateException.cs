namespace WorkflowOffice.Engine.Runtime;

/// <summary>The actor holds none of the task's candidate roles.</summary>
/// <param name="taskId">The task.</param>
/// <param name="actorId">The actor.</param>
/// <param name="candidateRoles">The roles the task is open to.</param>
public sealed class NotCandidateException(Guid taskId, string actorId, IReadOnlyList<string> candidateRoles)
    : WorkflowException($"{actorId} may not work on task {taskId}: it is for {string.Join(", ", candidateRoles)}.")
{
    /// <summary>The task.</summary>
    public Guid TaskId { get; } = taskId;

    /// <summary>The actor.</summary>
    public string ActorId { get; } = actorId;

    /// <summary>The roles the task is open to.</summary>
    public IReadOnlyList<string> CandidateRoles { get; } = candidateRoles;
}
