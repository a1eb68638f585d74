namespace WorkflowOffice.Host.PublicApi;

/// <summary>STEP-4 on the website: the applicant confirms the declaration with the one-time code sent to their mobile.</summary>
/// <param name="Mobile">The applicant's mobile (any accepted form), which must be the case's.</param>
/// <param name="Code">The six digits received by SMS (Arabic-Indic digits accepted).</param>
/// <param name="Confirmed">The applicant ticked the declaration.</param>
public sealed record PublicAttestationRequest(string? Mobile, string? Code, bool Confirmed);
