using System.Globalization;
using WorkflowOffice.Activities.Committee;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Engine.Activities;

namespace WorkflowOffice.Activities.Policy;

/// <summary>
/// <c>policy.tallyCommittee</c> — STEP-5 (the research committee studies the request and answers with acceptance
/// or rejection): adds the vote just recorded on the <c>committeeVote</c> task to the votes so far and tallies
/// them with <see cref="CommitteeTally"/> under the association's <see cref="CommitteeRules"/> read through
/// <see cref="ICaseFacts.GetCommitteeAsync"/>. The model loops back to the vote task while the decision is pending.
/// </summary>
/// <remarks>
/// <para>
/// Reads the vote task's data: <c>outcome</c> (<c>accept</c> or <c>reject</c>), <c>memberId</c> (set by the host from
/// the authenticated user, never from the client) and <c>reasons</c> (required to reject); and the variables
/// <c>associationId</c> and <c>committeeVotes</c>. A member who votes again replaces their earlier vote.
/// </para>
/// <para>
/// Outputs <c>committeeVotes</c> (every vote: <c>{memberId, choice, reasons, castAt}</c>), <c>committeeDecision</c>,
/// <c>accepted</c>, <c>acceptVotes</c>, <c>rejectVotes</c>, <c>pendingReason</c>, <c>decidedByChair</c>,
/// <c>rejectionReasons</c> (without names, for the beneficiary); clears <c>memberId</c> and <c>reasons</c> so that the
/// next vote cannot inherit them.
/// </para>
/// <para>Outcomes: <c>pending</c>, <c>accepted</c> or <c>rejected</c>.</para>
/// </remarks>
/// <param name="facts">Reads the association's committee.</param>
public sealed class TallyCommitteeActivity(ICaseFacts facts) : ICustomActivity
{
    /// <summary>The name used in <c>wo:activity</c>.</summary>
    public const string Name = "policy.tallyCommittee";

    /// <summary>The vote task's outcome to accept.</summary>
    public const string AcceptVote = "accept";

    /// <summary>The vote task's outcome to reject.</summary>
    public const string RejectVote = "reject";

    private readonly ICaseFacts _facts = facts;

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        Name,
        "STEP-5: records a committee member's vote and tallies the votes under the association's rules.",
        [],
        [
            new(PolicyVariables.CommitteeVotes, ActivityValueType.List, "Every vote so far: {memberId, choice, reasons, castAt}."),
            new(PolicyVariables.CommitteeDecision, ActivityValueType.String, "pending, accepted or rejected."),
            new(PolicyVariables.Accepted, ActivityValueType.Boolean, "True when accepted."),
            new(PolicyVariables.RejectionReasons, ActivityValueType.List, "The reasons sent to the beneficiary on rejection."),
        ],
        ["pending", "accepted", "rejected"]);

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = context.Variables;
        var associationId = VariableReader.RequiredString(variables, PolicyVariables.AssociationId);
        var committee = await _facts.GetCommitteeAsync(associationId, context.CancellationToken).ConfigureAwait(false);

        var votes = VariableReader.List(variables, PolicyVariables.CommitteeVotes).Select(ReadVote).ToList();
        var memberId = VariableReader.RequiredString(variables, PolicyVariables.MemberId);
        var choice = VariableReader.OptionalString(variables, PolicyVariables.Outcome) switch
        {
            AcceptVote => CommitteeVoteChoice.Accept,
            RejectVote => CommitteeVoteChoice.Reject,
            var other => throw new InvalidOperationException($"The vote's outcome is '{other}'; expected 'accept' or 'reject'."),
        };
        if (!committee.Members.Any(m => m.MemberId == memberId))
        {
            throw new InvalidOperationException("The vote was recorded by a user who is not a member of the association's research committee.");
        }

        votes.Add(new CommitteeVote(memberId, choice, VariableReader.OptionalString(variables, PolicyVariables.Reasons), context.Clock.GetUtcNow()));
        var decision = CommitteeTally.Decide(committee.Rules, committee.Members, votes);

        return ActivityResult.Complete(decision.Outcome, new Dictionary<string, object?>
        {
            [PolicyVariables.CommitteeVotes] = votes.Select(WriteVote).ToList(),
            [PolicyVariables.CommitteeDecision] = decision.Outcome,
            [PolicyVariables.Accepted] = decision.Status == CommitteeDecisionStatus.Accepted,
            ["acceptVotes"] = decision.AcceptVotes,
            ["rejectVotes"] = decision.RejectVotes,
            ["pendingReason"] = decision.PendingReason?.ToString(),
            ["decidedByChair"] = decision.DecidedByChair,
            [PolicyVariables.RejectionReasons] = decision.Reasons.ToList(),
            [PolicyVariables.MemberId] = null,
            [PolicyVariables.Reasons] = null,
        });
    }

    private static CommitteeVote ReadVote(object? stored)
    {
        if (stored is not IReadOnlyDictionary<string, object?> vote)
        {
            throw new InvalidOperationException("The variable 'committeeVotes' holds something that is not a vote.");
        }

        var memberId = VariableReader.RequiredString(vote, "memberId");
        var choice = VariableReader.OptionalString(vote, "choice") == RejectVote ? CommitteeVoteChoice.Reject : CommitteeVoteChoice.Accept;
        var castAt = DateTimeOffset.Parse(VariableReader.RequiredString(vote, "castAt"), CultureInfo.InvariantCulture);
        return new CommitteeVote(memberId, choice, VariableReader.OptionalString(vote, "reasons"), castAt);
    }

    private static Dictionary<string, object?> WriteVote(CommitteeVote vote) => new(StringComparer.Ordinal)
    {
        ["memberId"] = vote.MemberId,
        ["choice"] = vote.Choice == CommitteeVoteChoice.Accept ? AcceptVote : RejectVote,
        ["reasons"] = vote.Reasons,
        ["castAt"] = vote.CastAt.ToString("O", CultureInfo.InvariantCulture),
    };
}
