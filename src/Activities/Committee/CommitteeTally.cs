namespace WorkflowOffice.Activities.Committee;

/// <summary>
/// Counts the research committee's votes on a request and says whether it is accepted, rejected or still pending
/// (STEP-5: the committee studies the request and answers with acceptance or rejection).
/// </summary>
/// <remarks>
/// <para>
/// One vote per member: when a member votes again before the decision, the later vote (by
/// <see cref="CommitteeVote.CastAt"/>, then by list order) replaces the earlier one. Members may change their mind
/// during deliberation; every vote stays in the case's journal, so the change is visible.
/// </para>
/// <para>
/// With <see cref="MajorityKind.OfMembers"/>, the chair's tie-break decides as soon as the chair's side holds exactly
/// half of the members, because the other side can then at best tie, and the chair wins ties.
/// </para>
/// </remarks>
public static class CommitteeTally
{
    /// <summary>Tallies the votes.</summary>
    /// <param name="rules">The association's committee rules.</param>
    /// <param name="members">The committee (at least one member, at most one chair).</param>
    /// <param name="votes">The votes cast so far, in the order they were recorded.</param>
    /// <exception cref="ArgumentException">No members, several chairs, a quorum above the member count, or a vote by a non-member.</exception>
    public static CommitteeDecision Decide(CommitteeRules rules, IReadOnlyList<CommitteeMember> members, IReadOnlyList<CommitteeVote> votes)
    {
        var memberCount = members.Count;
        if (memberCount == 0)
        {
            throw new ArgumentException("The committee has no members.", nameof(members));
        }

        if (members.Count(m => m.IsChair) > 1)
        {
            throw new ArgumentException("The committee has more than one chair.", nameof(members));
        }

        var quorum = rules.Quorum ?? ((memberCount / 2) + 1);
        if (quorum < 1 || quorum > memberCount)
        {
            throw new ArgumentException($"The quorum ({quorum}) must be between 1 and the number of members ({memberCount}).", nameof(rules));
        }

        var memberIds = members.Select(m => m.MemberId).ToHashSet(StringComparer.Ordinal);
        var stranger = votes.FirstOrDefault(v => !memberIds.Contains(v.MemberId));
        if (stranger is not null)
        {
            throw new ArgumentException("A vote was cast by someone who is not a member of the committee.", nameof(votes));
        }

        // OrderBy is stable, so equal timestamps keep list order and the last recorded vote wins.
        var counted = votes
            .OrderBy(v => v.CastAt)
            .GroupBy(v => v.MemberId, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
        var accept = counted.Count(v => v.Choice == CommitteeVoteChoice.Accept);
        var reject = counted.Count - accept;
        var chair = members.FirstOrDefault(m => m.IsChair);
        var chairVote = chair is null ? null : counted.FirstOrDefault(v => v.MemberId == chair.MemberId);

        CommitteeDecision Result(CommitteeDecisionStatus status, CommitteePendingReason? reason = null, bool byChair = false) =>
            new(status, reason, accept, reject, memberCount, byChair, status == CommitteeDecisionStatus.Rejected ? ReasonsOf(counted) : []);

        CommitteeDecision Outcome(CommitteeVoteChoice choice, bool byChair) =>
            Result(choice == CommitteeVoteChoice.Accept ? CommitteeDecisionStatus.Accepted : CommitteeDecisionStatus.Rejected, byChair: byChair);

        if (counted.Count < quorum)
        {
            return Result(CommitteeDecisionStatus.Pending, CommitteePendingReason.NoQuorum);
        }

        var chairCanBreakTie = rules.ChairBreaksTie && chairVote is not null;
        if (rules.Majority == MajorityKind.OfMembers)
        {
            var majority = (memberCount / 2) + 1;
            if (accept >= majority)
            {
                return Outcome(CommitteeVoteChoice.Accept, byChair: false);
            }

            if (reject >= majority)
            {
                return Outcome(CommitteeVoteChoice.Reject, byChair: false);
            }

            var chairSide = chairVote?.Choice == CommitteeVoteChoice.Accept ? accept : reject;
            if (chairCanBreakTie && memberCount % 2 == 0 && chairSide == memberCount / 2)
            {
                return Outcome(chairVote!.Choice, byChair: true);
            }
        }
        else
        {
            if (accept != reject)
            {
                return Outcome(accept > reject ? CommitteeVoteChoice.Accept : CommitteeVoteChoice.Reject, byChair: false);
            }

            if (chairCanBreakTie)
            {
                return Outcome(chairVote!.Choice, byChair: true);
            }
        }

        return Result(
            CommitteeDecisionStatus.Pending,
            counted.Count == memberCount ? CommitteePendingReason.Deadlocked : CommitteePendingReason.Undecided);
    }

    private static List<string> ReasonsOf(IEnumerable<CommitteeVote> counted) =>
        counted
            .Where(v => v.Choice == CommitteeVoteChoice.Reject && v.Reasons is not null)
            .Select(v => v.Reasons!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
