namespace WorkflowOffice.Host.Policies;

/// <summary>Draft → Submitted → Approved | Returned → Published → Superseded.</summary>
public enum EditionStatus
{
    /// <summary>Being drawn by a policy owner; the only status in which the procedure can change.</summary>
    Draft = 0,

    /// <summary>Sent to the board; board members vote.</summary>
    Submitted = 1,

    /// <summary>The quorum of approve votes is reached; the content's SHA-256 is recorded.</summary>
    Approved = 2,

    /// <summary>A board member returned it with a comment; the owner revises it into a new draft.</summary>
    Returned = 3,

    /// <summary>The procedure for new cases.</summary>
    Published = 4,

    /// <summary>Was published; a later edition replaced it (its running cases finish on it).</summary>
    Superseded = 5,
}
