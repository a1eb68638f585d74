namespace WorkflowOffice.Activities.Verification;

/// <summary>A document the beneficiary has provided, as recorded by the officer or uploaded on the website (STEP-2).</summary>
/// <param name="TypeCode">The <see cref="RequiredItem.Code"/> of the document type it satisfies.</param>
/// <param name="Number">The document's number as printed on it, if it has one.</param>
/// <param name="ExpiresOn">The last day on which the document is valid, if it expires.</param>
public sealed record SubmittedDocument(string TypeCode, string? Number, DateOnly? ExpiresOn);
