namespace WorkflowOffice.Activities.Attestation;

/// <summary>A freshly issued one-time code: the code to send by SMS (then forget) and the state to store (STEP-4).</summary>
/// <param name="Code">The six digits to send to the applicant's mobile; never store or log it.</param>
/// <param name="State">What to store to verify it later.</param>
public sealed record IssuedOneTimeCode(string Code, OneTimeCodeState State)
{
    /// <summary>Hides the code so that logging the object does not leak it.</summary>
    public override string ToString() => $"IssuedOneTimeCode {{ Code = ******, ExpiresAt = {State.ExpiresAt:O} }}";
}
