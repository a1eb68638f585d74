namespace WorkflowOffice.Host.PublicApi;

/// <summary>The attestation recorded from the website: method <c>otp</c>, when, the hash of the attested data, and the case's status now.</summary>
public sealed record PublicAttestationResult(string Reference, string Method, DateTimeOffset AttestedAt, string DataHash, string Status);
