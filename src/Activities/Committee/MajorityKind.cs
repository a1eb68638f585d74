namespace WorkflowOffice.Activities.Committee;

/// <summary>What a side needs to win a research-committee vote (configurable per association; STEP-5).</summary>
public enum MajorityKind
{
    /// <summary>More than half of all committee members (the default): abstentions and absences count against a decision.</summary>
    OfMembers,

    /// <summary>More votes than the other side among the votes cast, once the quorum is reached.</summary>
    OfVotesCast,
}
