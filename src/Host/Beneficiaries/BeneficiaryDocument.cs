using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Beneficiaries;

/// <summary>
/// A document the beneficiary provided (TOOL-3): its type code (matched against the support type's checklist),
/// number and expiry date (STEP-2 checks validity on the submission date), and optionally the uploaded file,
/// kept in the database so that backups and tenancy cover it.
/// </summary>
public sealed class BeneficiaryDocument : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid BeneficiaryId { get; set; }

    /// <summary>The case it was provided for, if any.</summary>
    public Guid? CaseId { get; set; }

    public string TypeCode { get; set; } = "";

    public string? Number { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Content { get; set; }

    public DateTimeOffset ProvidedAt { get; set; }
}
