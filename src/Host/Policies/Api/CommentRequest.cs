namespace WorkflowOffice.Host.Policies.Api;

/// <summary>A comment, optionally about one element of the procedure.</summary>
public sealed record CommentRequest(string Text, string? ElementId);
