namespace WorkflowOffice.Host.PublicApi;

/// <summary>The applicant's receipt: the reference to quote and the status; a one-time code for the attestation went by SMS.</summary>
public sealed record PublicApplicationAccepted(string Reference, string Status, bool AttestationCodeSent);
