namespace WorkflowOffice.Host.Cases.Intake;

/// <summary>The beneficiary's data as typed at intake (any channel); identifiers are normalised and checked.</summary>
public sealed record BeneficiaryInput(
    string? NationalId,
    string? NameAr,
    string? NameEn,
    string? Gender,
    DateOnly? BirthDate,
    string? Mobile,
    string? Email,
    string? City,
    string? Iban,
    string? PreferredLanguage);
