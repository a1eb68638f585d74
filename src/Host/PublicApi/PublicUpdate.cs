namespace WorkflowOffice.Host.PublicApi;

/// <summary>One update the applicant was sent, in words.</summary>
/// <param name="Event">The notification event (for programs), e.g. <c>items-missing</c>.</param>
/// <param name="Title">What happened, in the applicant's language.</param>
/// <param name="Details">The update's particulars as lines: the items to bring, the deadline, the committee's reasons.</param>
/// <param name="At">When it was sent.</param>
/// <param name="AtText">When, in words: the Riyadh date (Gregorian and Hijri) and time.</param>
public sealed record PublicUpdate(string Event, string Title, IReadOnlyList<string> Details, DateTimeOffset At, string AtText);
