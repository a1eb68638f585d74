using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Beneficiaries;

/// <summary>
/// A person the association serves: one file per national ID or Iqama per association (a second application finds
/// it). Identifiers are stored normalised (national ID digits, E.164 mobile, compact IBAN) and never logged.
/// </summary>
public sealed class Beneficiary : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    /// <summary>National ID or Iqama, 10 ASCII digits.</summary>
    public string NationalId { get; set; } = "";

    public string NameAr { get; set; } = "";

    public string? NameEn { get; set; }

    /// <summary><c>male</c> or <c>female</c>.</summary>
    public string Gender { get; set; } = "";

    public DateOnly? BirthDate { get; set; }

    /// <summary>E.164, <c>+9665XXXXXXXX</c>.</summary>
    public string Mobile { get; set; } = "";

    public string? Email { get; set; }

    public string? City { get; set; }

    /// <summary>Compact IBAN (<c>SA</c> + 22 digits), for financial aid (STEP-7).</summary>
    public string? Iban { get; set; }

    /// <summary>Language for notifications: <c>ar</c> (default) or <c>en</c>.</summary>
    public string PreferredLanguage { get; set; } = "ar";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}
