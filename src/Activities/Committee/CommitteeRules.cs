namespace WorkflowOffice.Activities.Committee;

/// <summary>
/// How an association's research committee decides (STEP-5; issue 4: "quorum and majority configurable per
/// association, default: majority of members, chair breaks a tie").
/// </summary>
/// <param name="Quorum">The least number of members who must have voted before any decision; <see langword="null"/> means more than half of the members.</param>
/// <param name="Majority">What a side needs to win.</param>
/// <param name="ChairBreaksTie">Whether, on a tie, the side the chair voted for wins.</param>
public sealed record CommitteeRules(int? Quorum = null, MajorityKind Majority = MajorityKind.OfMembers, bool ChairBreaksTie = true)
{
    /// <summary>The default rules: quorum and majority of the members, the chair breaks a tie.</summary>
    public static CommitteeRules Default { get; } = new();
}
