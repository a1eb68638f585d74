namespace WorkflowOffice.Host.Tasks;

/// <summary>A task as the inbox shows it: what to do, for which case and beneficiary, and by when.</summary>
public sealed record TaskView(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    string? BeneficiaryName,
    string Channel,
    string? SupportType,
    string ElementId,
    string? Name,
    string? Form,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CandidateRoles,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    int Priority,
    string Status);
