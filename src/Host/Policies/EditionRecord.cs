namespace WorkflowOffice.Host.Policies;

/// <summary>An edition with its policy, votes, comments and the quorum that applies.</summary>
public sealed record EditionRecord(
    Policy Policy,
    PolicyEdition Edition,
    IReadOnlyList<EditionVoteView> Votes,
    IReadOnlyList<EditionCommentView> Comments,
    int Quorum)
{
    public int ApproveVotes => Votes.Count(v => v.Vote == VoteChoice.Approve);
}
