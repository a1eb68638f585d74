using WorkflowOffice.Activities.Committee;

namespace WorkflowOffice.Activities.Tests.Committee;

public class CommitteeTallyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(3));

    private static List<CommitteeMember> Members(int count, int chairIndex = 0) =>
        Enumerable.Range(1, count).Select(i => new CommitteeMember($"m{i}", $"Member {i}", IsChair: i - 1 == chairIndex)).ToList();

    private static CommitteeVote Accept(string member, int minute = 0) => new(member, CommitteeVoteChoice.Accept, null, T0.AddMinutes(minute));

    private static CommitteeVote Reject(string member, string reasons = "Income above the threshold", int minute = 0) =>
        new(member, CommitteeVoteChoice.Reject, reasons, T0.AddMinutes(minute));

    [Fact]
    public void Decide_IsPendingForQuorum_WhenFewerThanHalfTheMembersVoted()
    {
        var decision = CommitteeTally.Decide(CommitteeRules.Default, Members(5), [Accept("m1"), Accept("m2")]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Pending);
        decision.PendingReason.Should().Be(CommitteePendingReason.NoQuorum);
        decision.Outcome.Should().Be("pending");
    }

    [Fact]
    public void Decide_Accepts_WhenAMajorityOfMembersAccept()
    {
        var decision = CommitteeTally.Decide(CommitteeRules.Default, Members(5), [Accept("m1"), Accept("m2"), Accept("m3")]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Accepted);
        decision.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Decide_StaysUndecided_WhenQuorumIsMetButNoSideHasAMajorityOfMembers()
    {
        var decision = CommitteeTally.Decide(CommitteeRules.Default, Members(5), [Accept("m1"), Accept("m2"), Reject("m3")]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Pending);
        decision.PendingReason.Should().Be(CommitteePendingReason.Undecided);
    }

    [Fact]
    public void Decide_Rejects_WithTheRejectingMembersReasons()
    {
        var decision = CommitteeTally.Decide(
            CommitteeRules.Default,
            Members(3),
            [Reject("m1", "Income above the threshold"), Accept("m2"), Reject("m3", "Already supported by another body")]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Rejected);
        decision.Reasons.Should().Equal("Income above the threshold", "Already supported by another body");
    }

    [Fact]
    public void Decide_ChairBreaksTie_OnAnEvenCommittee()
    {
        var decision = CommitteeTally.Decide(CommitteeRules.Default, Members(4), [Accept("m1"), Accept("m2"), Reject("m3"), Reject("m4")]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Accepted);
        decision.DecidedByChair.Should().BeTrue();
    }

    [Fact]
    public void Decide_ChairsSideWins_AsSoonAsItHoldsHalfTheMembers_BecauseTheRestCanOnlyTie()
    {
        var decision = CommitteeTally.Decide(CommitteeRules.Default, Members(4), [Reject("m1"), Reject("m2"), Accept("m3")]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Rejected);
        decision.DecidedByChair.Should().BeTrue();
    }

    [Fact]
    public void Decide_IsDeadlocked_OnATie_WhenTheChairDoesNotBreakTies()
    {
        var rules = CommitteeRules.Default with { ChairBreaksTie = false };

        var decision = CommitteeTally.Decide(rules, Members(4), [Accept("m1"), Accept("m2"), Reject("m3"), Reject("m4")]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Pending);
        decision.PendingReason.Should().Be(CommitteePendingReason.Deadlocked);
    }

    [Fact]
    public void Decide_WithMajorityOfVotesCast_DecidesOnceQuorumIsMet()
    {
        var rules = new CommitteeRules(Quorum: 3, Majority: MajorityKind.OfVotesCast);

        var decision = CommitteeTally.Decide(rules, Members(7), [Accept("m2"), Accept("m3"), Reject("m4")]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Accepted);
        decision.AcceptVotes.Should().Be(2);
        decision.RejectVotes.Should().Be(1);
    }

    [Fact]
    public void Decide_WithMajorityOfVotesCast_TieWithoutTheChairsVote_IsUndecided()
    {
        var rules = new CommitteeRules(Quorum: 2, Majority: MajorityKind.OfVotesCast);

        var decision = CommitteeTally.Decide(rules, Members(5), [Accept("m2"), Reject("m3")]);

        decision.PendingReason.Should().Be(CommitteePendingReason.Undecided);
    }

    [Fact]
    public void Decide_CountsOnlyTheLatestVoteOfAMember()
    {
        var decision = CommitteeTally.Decide(
            CommitteeRules.Default,
            Members(3),
            [Reject("m2", minute: 1), Accept("m1", minute: 2), Accept("m2", minute: 5)]);

        decision.Status.Should().Be(CommitteeDecisionStatus.Accepted);
        decision.RejectVotes.Should().Be(0);
    }

    [Fact]
    public void Decide_Refuses_AVoteFromSomeoneOutsideTheCommittee()
    {
        var act = () => CommitteeTally.Decide(CommitteeRules.Default, Members(3), [Accept("intruder")]);

        act.Should().Throw<ArgumentException>().WithMessage("*not a member*");
    }

    [Fact]
    public void Decide_Refuses_AQuorumLargerThanTheCommittee()
    {
        var act = () => CommitteeTally.Decide(new CommitteeRules(Quorum: 4), Members(3), []);

        act.Should().Throw<ArgumentException>().WithMessage("*quorum*");
    }

    [Fact]
    public void Vote_Rejection_RequiresReasons()
    {
        var act = () => new CommitteeVote("m1", CommitteeVoteChoice.Reject, "  ", T0);

        act.Should().Throw<ArgumentException>();
        CommitteeVote.Validate(CommitteeVoteChoice.Reject, null)!.Message.Ar.Should().Contain("أسباب الرفض");
        CommitteeVote.Validate(CommitteeVoteChoice.Accept, null).Should().BeNull();
    }
}
