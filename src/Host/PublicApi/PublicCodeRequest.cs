namespace WorkflowOffice.Host.PublicApi;

/// <summary>A request for a new one-time code (STEP-4); the mobile must be the applicant's.</summary>
public sealed record PublicCodeRequest(string? Mobile);
