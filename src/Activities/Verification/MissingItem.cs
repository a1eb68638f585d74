using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Verification;

/// <summary>A required item that STEP-2 found missing, expired or invalid, with a message for the beneficiary.</summary>
/// <param name="Item">The checklist entry.</param>
/// <param name="Reason">Why it does not count.</param>
/// <param name="Message">What to bring or correct, in Arabic and English (listed in the <c>items-missing</c> notification).</param>
public sealed record MissingItem(RequiredItem Item, MissingReason Reason, BilingualText Message);
