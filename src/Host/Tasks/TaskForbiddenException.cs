namespace WorkflowOffice.Host.Tasks;

/// <summary>The user holds none of the task's roles (answered 403).</summary>
public sealed class TaskForbiddenException(IReadOnlyList<string> roles)
    : Exception($"This task is for {string.Join(", ", roles)}.")
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
