namespace WorkflowOffice.Activities.Committee;

/// <summary>Why a research-committee decision is still pending (shown to staff; the deadline escalation covers all three).</summary>
public enum CommitteePendingReason
{
    /// <summary>Fewer members have voted than the quorum.</summary>
    NoQuorum,

    /// <summary>The quorum is reached but no side has the majority yet; more votes can decide.</summary>
    Undecided,

    /// <summary>Every member has voted and the sides are tied with no tie-break available.</summary>
    Deadlocked,
}
