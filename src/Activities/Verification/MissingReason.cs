namespace WorkflowOffice.Activities.Verification;

/// <summary>Why a required item does not count as provided (STEP-2).</summary>
public enum MissingReason
{
    /// <summary>The document or field was not provided at all.</summary>
    NotProvided,

    /// <summary>The document had expired on the submission date.</summary>
    Expired,

    /// <summary>The document's expiry matters but no expiry date was recorded, so its validity cannot be checked.</summary>
    ExpiryDateMissing,

    /// <summary>The field is present but its value is not valid (an ID with a wrong check digit, a malformed IBAN…).</summary>
    Invalid,
}
