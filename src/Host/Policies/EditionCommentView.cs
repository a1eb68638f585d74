namespace WorkflowOffice.Host.Policies;

/// <summary>A comment with its author's names.</summary>
public sealed record EditionCommentView(Guid AuthorId, string NameAr, string NameEn, string Text, string? ElementId, DateTimeOffset At);
