namespace WorkflowOffice.Activities.Committee;

/// <summary>Where a research-committee decision stands (STEP-5).</summary>
public enum CommitteeDecisionStatus
{
    /// <summary>No decision yet; see <see cref="CommitteeDecision.PendingReason"/>.</summary>
    Pending,

    /// <summary>The request is accepted; registration (STEP-6) follows.</summary>
    Accepted,

    /// <summary>The request is rejected; the beneficiary is told the reasons.</summary>
    Rejected,
}
