namespace WorkflowOffice.Host.Beneficiaries;

/// <summary>One case of a beneficiary's file.</summary>
public sealed record BeneficiaryCaseSummary(Guid Id, string Reference, string Status, string? SupportType, DateOnly SubmittedOn);
