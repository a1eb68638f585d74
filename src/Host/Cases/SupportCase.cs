using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>
/// A case: an enquiry or a support request that came in through one of the channels (CH-1…CH-8), governed by the
/// policy edition and workflow version it started on. Its timeline is read from the engine journal and the
/// communications log.
/// </summary>
public sealed class SupportCase : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    /// <summary>The reference the beneficiary quotes, e.g. <c>BTR-C-2026-000042</c>.</summary>
    public string Reference { get; set; } = "";

    public int Year { get; set; }

    public int Sequence { get; set; }

    /// <summary><c>CH-1</c>…<c>CH-8</c>.</summary>
    public string Channel { get; set; } = "";

    /// <summary><c>support</c> or <c>inquiry</c>.</summary>
    public string Kind { get; set; } = "support";

    public Guid? BeneficiaryId { get; set; }

    public string? SupportTypeCode { get; set; }

    /// <summary>The status named by the procedure's <c>wo:caseStatus</c>, e.g. <c>withCommittee</c>.</summary>
    public string Status { get; set; } = "received";

    /// <summary>The day of submission: STEP-2 checks document validity on it.</summary>
    public DateOnly SubmittedOn { get; set; }

    /// <summary>STEP-3: the beneficiary says the procedure is unclear to them.</summary>
    public bool Unclear { get; set; }

    public string? Notes { get; set; }

    /// <summary>The governing policy edition (issue 6), when editions are published.</summary>
    public Guid? PolicyEditionId { get; set; }

    public string? PolicyEditionLabel { get; set; }

    public string DefinitionKey { get; set; } = "";

    public int DefinitionVersion { get; set; }

    /// <summary>The workflow instance; <c>null</c> until it is started (see <c>CaseWorkflowStarter</c>).</summary>
    public Guid? WorkflowInstanceId { get; set; }

    /// <summary>STEP-4: the pending one-time attestation code (salted hash and expiry as JSON), never the code itself.</summary>
    public string? AttestationCodeJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The one-time key of the intake form that created the case, if any: the same form submitted again finds this
    /// case instead of creating a second one.
    /// </summary>
    public string? IntakeKey { get; set; }

    /// <summary>Staff user id, or <c>public</c> for CH-7 applications.</summary>
    public string CreatedBy { get; set; } = "";
}
