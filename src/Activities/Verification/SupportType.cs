namespace WorkflowOffice.Activities.Verification;

/// <summary>
/// A kind of support an association provides (prosthetic limb, physiotherapy, financial aid, medical device…) with
/// its checklist of required items (TOOL-3, TOOL-4). The checklist drives STEP-2 and the list of what to bring in
/// the <c>items-missing</c> notification; STEP-7 delivers the support.
/// </summary>
/// <param name="Code">A stable code per association, e.g. <c>prosthetic-limb</c>.</param>
/// <param name="NameAr">The Arabic name.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="RequiredItems">The items a request of this type must have before registration (STEP-6).</param>
public sealed record SupportType(string Code, string NameAr, string NameEn, IReadOnlyList<RequiredItem> RequiredItems);
