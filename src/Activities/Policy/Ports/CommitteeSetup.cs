using WorkflowOffice.Activities.Committee;

namespace WorkflowOffice.Activities.Policy.Ports;

/// <summary>An association's research committee as configured: its members (one may chair) and its voting rules (STEP-5).</summary>
/// <param name="Members">The members; the users holding the <c>CommitteeMember</c> role in the association.</param>
/// <param name="Rules">Quorum, majority and tie-break (default: majority of members, the chair breaks a tie).</param>
public sealed record CommitteeSetup(IReadOnlyList<CommitteeMember> Members, CommitteeRules Rules);
