namespace WorkflowOffice.Host.Policies.Api;

/// <summary>A board member's vote.</summary>
public sealed record VoteResponse(Guid BoardMemberId, string NameAr, string NameEn, string Vote, string? Comment, DateTimeOffset At);
