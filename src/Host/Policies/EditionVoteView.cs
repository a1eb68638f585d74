namespace WorkflowOffice.Host.Policies;

/// <summary>A vote with the board member's names, for pages and the API.</summary>
public sealed record EditionVoteView(Guid BoardMemberId, string NameAr, string NameEn, VoteChoice Vote, string? Comment, DateTimeOffset At);
