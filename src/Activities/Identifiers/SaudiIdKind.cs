namespace WorkflowOffice.Activities.Identifiers;

/// <summary>Which identity document a Saudi identity number belongs to, read from its first digit (STEP-2).</summary>
public enum SaudiIdKind
{
    /// <summary>A Saudi citizen's national ID (الهوية الوطنية), first digit 1.</summary>
    NationalId = 1,

    /// <summary>A resident's Iqama (هوية مقيم), first digit 2.</summary>
    Iqama = 2,
}
