namespace WorkflowOffice.Activities.Attestation;

/// <summary>
/// What is stored about a one-time attestation code (STEP-4): never the code itself, only a salted hash, its expiry
/// and how many wrong tries were made. Immutable: each verification returns the next state to store.
/// </summary>
/// <param name="Salt">A random salt (Base64) for the hash.</param>
/// <param name="Hash">HMAC-SHA-256 of the code keyed by the salt (Base64).</param>
/// <param name="IssuedAt">When the code was issued.</param>
/// <param name="ExpiresAt">When the code stops being accepted.</param>
/// <param name="FailedAttempts">Wrong codes entered so far.</param>
/// <param name="UsedAt">When the code was accepted; a code is accepted once only.</param>
public sealed record OneTimeCodeState(
    string Salt,
    string Hash,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    int FailedAttempts = 0,
    DateTimeOffset? UsedAt = null);
