namespace WorkflowOffice.Host.Cases;

/// <summary>STEP-4 on the case file; <paramref name="ChangedSinceAttested"/> shows edits made after the attestation.</summary>
public sealed record AttestationView(string Method, DateTimeOffset AttestedAt, string DataHash, bool ChangedSinceAttested);
