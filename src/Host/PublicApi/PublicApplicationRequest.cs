using WorkflowOffice.Host.Cases.Intake;

namespace WorkflowOffice.Host.PublicApi;

/// <summary>An online application (CH-7) from the association's website, without staff login.</summary>
/// <param name="Association">The association's code, e.g. <c>BTR</c>.</param>
/// <param name="SupportType">The support type code.</param>
/// <param name="Beneficiary">The applicant's data.</param>
/// <param name="Documents">Documents uploaded with the application.</param>
/// <param name="Unclear">STEP-3: the procedure is unclear to the applicant.</param>
public sealed record PublicApplicationRequest(
    string? Association,
    string? SupportType,
    BeneficiaryInput? Beneficiary,
    IReadOnlyList<DocumentInput>? Documents,
    bool Unclear = false);
