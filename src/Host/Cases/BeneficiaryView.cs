namespace WorkflowOffice.Host.Cases;

/// <summary>The beneficiary on a case file; the national ID is shown masked.</summary>
public sealed record BeneficiaryView(Guid Id, string NameAr, string? NameEn, string Gender, DateOnly? BirthDate, string? City, string NationalIdMasked, string Mobile);
