using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Attestation;

/// <summary>The outcome of a verification and the state to store afterwards (STEP-4).</summary>
/// <param name="Result">What happened.</param>
/// <param name="State">The state to store (tries counted, use recorded).</param>
/// <param name="AttemptsLeft">Wrong tries still allowed.</param>
/// <param name="Message">What to tell the applicant, in Arabic and English.</param>
public sealed record OneTimeCodeVerification(OneTimeCodeResult Result, OneTimeCodeState State, int AttemptsLeft, BilingualText Message)
{
    /// <summary>Whether the code was accepted.</summary>
    public bool IsAccepted => Result == OneTimeCodeResult.Accepted;
}
