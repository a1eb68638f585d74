using WorkflowOffice.Activities.Verification;

namespace WorkflowOffice.Activities.Policy.Ports;

/// <summary>What STEP-2 needs to know about a case: its checklist, what was submitted, and when.</summary>
/// <param name="CaseId">The case id.</param>
/// <param name="SupportType">The support requested, with its checklist of required items (TOOL-3, TOOL-4).</param>
/// <param name="SubmittedOn">The day the request was submitted: documents must be valid on that day (STEP-2).</param>
/// <param name="Fields">The request's field values by required-item code (national ID, mobile, IBAN…).</param>
/// <param name="Documents">The documents provided so far, including those brought after an <c>items-missing</c> notice.</param>
public sealed record CaseFacts(
    string CaseId,
    SupportType SupportType,
    DateOnly SubmittedOn,
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyList<SubmittedDocument> Documents);
