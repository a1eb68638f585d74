namespace WorkflowOffice.Host.Policies.Api;

/// <summary>One edition with its procedure, votes and comments.</summary>
public sealed record EditionResponse(
    EditionSummaryResponse Edition,
    string BpmnXml,
    string TemplatesJson,
    string SettingsJson,
    string? ApprovedSha256,
    int Quorum,
    int ApproveVotes,
    IReadOnlyList<VoteResponse> Votes,
    IReadOnlyList<CommentResponse> Comments)
{
    public static EditionResponse From(EditionRecord record) => new(
        EditionSummaryResponse.From(record.Edition),
        record.Edition.BpmnXml,
        record.Edition.TemplatesJson,
        record.Edition.SettingsJson,
        record.Edition.ApprovedSha256,
        record.Quorum,
        record.ApproveVotes,
        [.. record.Votes.Select(v => new VoteResponse(v.BoardMemberId, v.NameAr, v.NameEn, v.Vote == VoteChoice.Approve ? "approve" : "return", v.Comment, v.At))],
        [.. record.Comments.Select(c => new CommentResponse(c.AuthorId, c.NameAr, c.NameEn, c.Text, c.ElementId, c.At))]);
}
