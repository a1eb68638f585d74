namespace WorkflowOffice.Activities.Verification;

/// <summary>Whether a required item is a document to bring or a field to fill in (TOOL-3, TOOL-4; STEP-2).</summary>
public enum RequiredItemKind
{
    /// <summary>A document with a type, a number and possibly an expiry date (identity card, medical report…).</summary>
    Document,

    /// <summary>A field of the support request form (TOOL-4), e.g. the mobile number or the IBAN.</summary>
    Field,
}
