namespace WorkflowOffice.Activities.Committee;

/// <summary>A member of the association's research committee, which studies a request and accepts or rejects it (STEP-5).</summary>
/// <param name="MemberId">The member's user id.</param>
/// <param name="Name">The member's display name (staff screens only; never sent to the beneficiary).</param>
/// <param name="IsChair">Whether the member chairs the committee; the chair's vote can break a tie (<see cref="CommitteeRules.ChairBreaksTie"/>).</param>
public sealed record CommitteeMember(string MemberId, string Name, bool IsChair = false);
