namespace WorkflowOffice.Host.PublicApi;

/// <summary>The association's STEP-4 declaration as the applicant reads it before attesting.</summary>
public sealed record PublicDeclaration(string Arabic, string English);
