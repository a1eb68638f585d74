namespace WorkflowOffice.Host.PublicApi;

/// <summary>What the public status page shows: the status and when the beneficiary was told something; no personal data.</summary>
public sealed record PublicStatus(string Reference, string Status, IReadOnlyList<PublicUpdate> Updates);
