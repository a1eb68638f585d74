namespace WorkflowOffice.Activities.Verification;

/// <summary>
/// One entry of a support type's checklist of required items, as set out in the beneficiary support policy guide
/// (TOOL-3) and the support request form (TOOL-4). STEP-2 checks a request against these items.
/// </summary>
/// <param name="Kind">Document or field.</param>
/// <param name="Code">A stable code per association, e.g. <c>national-id-card</c> or <c>iban</c>; documents are matched by it.</param>
/// <param name="NameAr">The Arabic name shown to staff and beneficiaries.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="ExpiryMatters">For documents: the document must carry an expiry date and be valid on the submission date.</param>
/// <param name="Format">For fields: how the value is checked (plain text by default).</param>
public sealed record RequiredItem(
    RequiredItemKind Kind,
    string Code,
    string NameAr,
    string NameEn,
    bool ExpiryMatters = false,
    FieldFormat Format = FieldFormat.Text);
