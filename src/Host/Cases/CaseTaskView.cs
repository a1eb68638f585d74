namespace WorkflowOffice.Host.Cases;

/// <summary>An open task of a case.</summary>
public sealed record CaseTaskView(Guid Id, string ElementId, string? Name, string? Form, IReadOnlyList<string> CandidateRoles, string? Assignee, DateTimeOffset? DueAt);
