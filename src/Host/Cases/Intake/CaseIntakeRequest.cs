namespace WorkflowOffice.Host.Cases.Intake;

/// <summary>A support request or enquiry taken by staff through any channel, or by the website (CH-7).</summary>
/// <param name="Channel"><c>CH-1</c>…<c>CH-8</c>.</param>
/// <param name="Kind"><c>support</c> (default) or <c>inquiry</c>.</param>
/// <param name="SupportType">The support type code (required for a support request).</param>
/// <param name="Beneficiary">The beneficiary (required for a support request).</param>
/// <param name="Documents">Documents provided now.</param>
/// <param name="Unclear">STEP-3: the procedure is unclear to the beneficiary.</param>
/// <param name="Notes">Staff notes.</param>
public sealed record CaseIntakeRequest(
    string? Channel,
    string? Kind,
    string? SupportType,
    BeneficiaryInput? Beneficiary,
    IReadOnlyList<DocumentInput>? Documents,
    bool Unclear = false,
    string? Notes = null);
