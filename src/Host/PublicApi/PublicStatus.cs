namespace WorkflowOffice.Host.PublicApi;

/// <summary>
/// What the public status page shows, in the applicant's language: the status in words, what was told to the
/// applicant and when (Riyadh time), the missing items with their deadline while the request waits for them, and
/// the committee's reasons when it declined. No personal data.
/// </summary>
/// <param name="Reference">The request's reference.</param>
/// <param name="Status">The status code (for programs).</param>
/// <param name="StatusText">The status in words.</param>
/// <param name="Updates">Every update the applicant was sent, oldest first.</param>
/// <param name="MissingItems">The items still awaited, by name; empty unless the request waits for items.</param>
/// <param name="ItemsDueAt">The deadline for the missing items.</param>
/// <param name="ItemsDueText">That deadline in words (Gregorian and Hijri).</param>
/// <param name="RejectionReasons">The committee's reasons; empty unless the request was declined.</param>
public sealed record PublicStatus(
    string Reference,
    string Status,
    string StatusText,
    IReadOnlyList<PublicUpdate> Updates,
    IReadOnlyList<string> MissingItems,
    DateTimeOffset? ItemsDueAt,
    string? ItemsDueText,
    IReadOnlyList<string> RejectionReasons);
