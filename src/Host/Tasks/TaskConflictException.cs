namespace WorkflowOffice.Host.Tasks;

/// <summary>The task can no longer be worked as asked: completed by someone (named), claimed by another, withdrawn (answered 409).</summary>
public sealed class TaskConflictException(string message, string? completedBy = null) : Exception(message)
{
    /// <summary>The display name of who completed it, when that is the conflict.</summary>
    public string? CompletedBy { get; } = completedBy;
}
