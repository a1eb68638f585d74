using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>STEP-6: a beneficiary's registration with a file number unique per association (e.g. <c>BTR-2026-000123</c>).</summary>
public sealed class Registration : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid CaseId { get; set; }

    public Guid? BeneficiaryId { get; set; }

    public string FileNumber { get; set; } = "";

    public int Year { get; set; }

    public int Sequence { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
}
