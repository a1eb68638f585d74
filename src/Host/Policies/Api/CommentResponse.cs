namespace WorkflowOffice.Host.Policies.Api;

/// <summary>A comment on an edition.</summary>
public sealed record CommentResponse(Guid AuthorId, string NameAr, string NameEn, string Text, string? ElementId, DateTimeOffset At);
