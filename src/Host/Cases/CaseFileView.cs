namespace WorkflowOffice.Host.Cases;

/// <summary>The case file as the API and the case page show it.</summary>
public sealed record CaseFileView(
    Guid Id,
    string Reference,
    string Status,
    string Channel,
    string Kind,
    string? SupportType,
    DateOnly SubmittedOn,
    BeneficiaryView? Beneficiary,
    IReadOnlyList<CaseTaskView> CurrentTasks,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<CaseFileStep> Steps,
    GoverningEdition GoverningEdition,
    AttestationView? Attestation,
    string? FileNumber);
