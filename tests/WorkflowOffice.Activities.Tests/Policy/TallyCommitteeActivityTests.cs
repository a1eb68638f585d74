using WorkflowOffice.Activities.Committee;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Engine.Activities;

namespace WorkflowOffice.Activities.Tests.Policy;

public class TallyCommitteeActivityTests
{
    private readonly InMemoryCaseFacts _facts = new();
    private readonly TallyCommitteeActivity _activity;

    public TallyCommitteeActivityTests()
    {
        _facts.Committees[PolicyHarness.AssociationId] = InMemoryCaseFacts.ThreeMembers;
        _activity = new TallyCommitteeActivity(_facts);
    }

    /// <summary>Runs the tally on the variables as the vote task left them, then merges the outputs back as the engine does.</summary>
    private async Task<ActivityResult> VoteAsync(Dictionary<string, object?> variables, string memberId, string choice, string? reasons = null)
    {
        variables["outcome"] = choice;
        variables["memberId"] = memberId;
        variables["reasons"] = reasons;
        var result = await _activity.ExecuteAsync(Contexts.For(variables));
        foreach (var (name, value) in result.Outputs!)
        {
            variables[name] = value;
        }

        return result;
    }

    [Fact]
    public async Task FirstVote_IsRecorded_AndTheDecisionStaysPendingWithoutQuorum()
    {
        var variables = Contexts.Case();

        var result = await VoteAsync(variables, "m2", "reject", "الدخل مرتفع");

        result.Outcome.Should().Be("pending");
        result.Outputs!["pendingReason"].Should().Be("NoQuorum");
        var vote = ((List<Dictionary<string, object?>>)result.Outputs["committeeVotes"]!).Should().ContainSingle().Subject;
        vote.Should().Contain("memberId", "m2").And.Contain("choice", "reject").And.Contain("reasons", "الدخل مرتفع")
            .And.Contain("castAt", "2026-03-10T09:00:00.0000000+00:00");
        result.Outputs["memberId"].Should().BeNull("the next vote must not inherit this member");
        result.Outputs["reasons"].Should().BeNull();
    }

    [Fact]
    public async Task MajorityOfMembers_DecidesAcceptance()
    {
        var variables = Contexts.Case();
        await VoteAsync(variables, "m2", "accept");

        var result = await VoteAsync(variables, "m3", "accept");

        result.Outcome.Should().Be("accepted");
        result.Outputs!["accepted"].Should().Be(true);
        result.Outputs["acceptVotes"].Should().Be(2);
        result.Outputs["rejectionReasons"].Should().BeEquivalentTo(Array.Empty<string>());
    }

    [Fact]
    public async Task AMemberVotingAgain_ReplacesTheirEarlierVote()
    {
        var variables = Contexts.Case();
        await VoteAsync(variables, "m2", "accept");

        var result = await VoteAsync(variables, "m2", "reject", "معلومات ناقصة");

        result.Outcome.Should().Be("pending");
        result.Outputs!["acceptVotes"].Should().Be(0);
        result.Outputs["rejectVotes"].Should().Be(1);
        ((List<Dictionary<string, object?>>)result.Outputs["committeeVotes"]!).Should().HaveCount(2, "every vote stays visible");
    }

    [Fact]
    public async Task Rejection_CarriesTheReasonsWithoutNames()
    {
        var variables = Contexts.Case();
        await VoteAsync(variables, "m1", "reject", "لا تنطبق الشروط");

        var result = await VoteAsync(variables, "m3", "reject", "تقرير قديم");

        result.Outcome.Should().Be("rejected");
        result.Outputs!["rejectionReasons"].Should().BeEquivalentTo(new[] { "لا تنطبق الشروط", "تقرير قديم" });
    }

    [Fact]
    public async Task TheChair_BreaksATie_UnderTheAssociationsRules()
    {
        _facts.Committees[PolicyHarness.AssociationId] = new CommitteeSetup(
            [new("m1", "Chair", IsChair: true), new("m2", "Two"), new("m3", "Three"), new("m4", "Four")],
            CommitteeRules.Default);
        var variables = Contexts.Case();
        await VoteAsync(variables, "m2", "reject", "سبب");
        await VoteAsync(variables, "m3", "accept");

        var result = await VoteAsync(variables, "m1", "accept");

        result.Outcome.Should().Be("accepted");
        result.Outputs!["decidedByChair"].Should().Be(true);
    }

    [Fact]
    public async Task RejectionWithoutReasons_Fails()
    {
        var act = async () => await VoteAsync(Contexts.Case(), "m1", "reject");

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task VoteByANonMember_Fails()
    {
        var act = async () => await VoteAsync(Contexts.Case(), "intruder", "accept");

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*not a member*");
    }
}
