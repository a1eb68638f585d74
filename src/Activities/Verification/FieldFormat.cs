namespace WorkflowOffice.Activities.Verification;

/// <summary>How a required field's value is checked beyond being present (STEP-2: the data is matched, not only collected).</summary>
public enum FieldFormat
{
    /// <summary>Any non-blank text.</summary>
    Text,

    /// <summary>A Saudi national ID or Iqama number (<see cref="Identifiers.SaudiNationalId"/>).</summary>
    NationalId,

    /// <summary>A Saudi mobile number (<see cref="Identifiers.SaudiMobile"/>).</summary>
    Mobile,

    /// <summary>A Saudi IBAN (<see cref="Identifiers.SaudiIban"/>).</summary>
    Iban,
}
