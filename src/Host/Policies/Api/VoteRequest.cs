namespace WorkflowOffice.Host.Policies.Api;

/// <summary>A board member's vote: <c>approve</c> or <c>return</c> (a return needs a comment).</summary>
public sealed record VoteRequest(string Vote, string? Comment);
