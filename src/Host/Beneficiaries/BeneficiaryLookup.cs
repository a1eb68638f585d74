namespace WorkflowOffice.Host.Beneficiaries;

/// <summary>The answer to a lookup by national ID: whether the association already has the file, and its cases.</summary>
public sealed record BeneficiaryLookup(bool Exists, Guid? Id, string? NameAr, string? NameEn, IReadOnlyList<BeneficiaryCaseSummary> Cases);
