namespace WorkflowOffice.Activities.Committee;

/// <summary>The research committee's decision on a request, as tallied from its members' votes (STEP-5).</summary>
/// <param name="Status">Pending, accepted or rejected.</param>
/// <param name="PendingReason">Why it is pending; <see langword="null"/> once decided.</param>
/// <param name="AcceptVotes">Members whose counted vote is accept.</param>
/// <param name="RejectVotes">Members whose counted vote is reject.</param>
/// <param name="MemberCount">Members of the committee.</param>
/// <param name="DecidedByChair">Whether the chair's tie-break decided it.</param>
/// <param name="Reasons">For a rejection, the rejecting members' reasons (without their names), to send to the beneficiary.</param>
public sealed record CommitteeDecision(
    CommitteeDecisionStatus Status,
    CommitteePendingReason? PendingReason,
    int AcceptVotes,
    int RejectVotes,
    int MemberCount,
    bool DecidedByChair,
    IReadOnlyList<string> Reasons)
{
    /// <summary>The BPMN outcome name: <c>pending</c>, <c>accepted</c> or <c>rejected</c>.</summary>
    public string Outcome => Status switch
    {
        CommitteeDecisionStatus.Accepted => "accepted",
        CommitteeDecisionStatus.Rejected => "rejected",
        _ => "pending",
    };
}
