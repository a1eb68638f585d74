namespace WorkflowOffice.Activities.Attestation;

/// <summary>The result of checking a one-time attestation code (STEP-4).</summary>
public enum OneTimeCodeResult
{
    /// <summary>The code is right and was accepted; the attestation can be recorded.</summary>
    Accepted,

    /// <summary>The code is wrong; the try is counted.</summary>
    WrongCode,

    /// <summary>The code has expired; a new one must be requested.</summary>
    Expired,

    /// <summary>Too many wrong tries; a new code must be requested.</summary>
    TooManyAttempts,

    /// <summary>The code was already used once.</summary>
    AlreadyUsed,
}
