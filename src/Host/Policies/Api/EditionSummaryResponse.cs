namespace WorkflowOffice.Host.Policies.Api;

/// <summary>An edition in the history: status, number and year, meeting record, stamps.</summary>
public sealed record EditionSummaryResponse(
    int Number,
    int Year,
    string Status,
    int? BoardMeetingNumber,
    int? BoardCycle,
    DateOnly? MeetingDate,
    string? DefinitionKey,
    int? DefinitionVersion,
    int? RevisedFrom,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? ReturnedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? SupersededAt)
{
    public static EditionSummaryResponse From(PolicyEdition e) => new(
        e.Number, e.Year, e.Status.ToString(), e.BoardMeetingNumber, e.BoardCycle, e.MeetingDate, e.DefinitionKey, e.DefinitionVersion,
        e.RevisedFromNumber, e.CreatedAt, e.SubmittedAt, e.ApprovedAt, e.ReturnedAt, e.PublishedAt, e.SupersededAt);
}
