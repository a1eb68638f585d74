namespace WorkflowOffice.Engine.Runtime;

/// <summary>Filter for open user tasks; every given criterion must hold.</summary>
/// <param name="CandidateRoles">Tasks open to at least one of these roles (tasks without roles match too).</param>
/// <param name="Assignee">Tasks claimed by this actor id.</param>
/// <param name="InstanceId">Tasks of this instance.</param>
/// <param name="IncludeClosed">Also return completed and cancelled tasks (history).</param>
public sealed record TaskQuery(
    IReadOnlyList<string>? CandidateRoles = null,
    string? Assignee = null,
    Guid? InstanceId = null,
    bool IncludeClosed = false);
