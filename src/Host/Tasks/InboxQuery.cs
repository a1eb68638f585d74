namespace WorkflowOffice.Host.Tasks;

/// <summary>
/// One inbox list as the page asks for it: whose tasks (<c>mine</c> or the <c>queue</c> of my roles), the filters
/// and the sort, and how many rows to return. Every criterion is applied by the database.
/// </summary>
/// <param name="Scope"><c>mine</c> (claimed by me) or <c>queue</c> (open to my roles, claimed by nobody).</param>
/// <param name="CaseIds">Only tasks of these cases (the result of a search); <see langword="null"/> for all.</param>
/// <param name="Type">The task form (or element id when the task has no form).</param>
/// <param name="Channel">The intake channel of the case (CH-1…CH-8).</param>
/// <param name="SupportType">The support type code of the case.</param>
/// <param name="Due"><c>overdue</c>, <c>soon</c> (due within two days) or nothing.</param>
/// <param name="Sort"><c>created</c> (newest first) or due date (most urgent first, the default).</param>
/// <param name="Take">At most this many rows; <see langword="null"/> for all.</param>
public sealed record InboxQuery(
    string Scope,
    IReadOnlyCollection<Guid>? CaseIds = null,
    string? Type = null,
    string? Channel = null,
    string? SupportType = null,
    string? Due = null,
    string? Sort = null,
    int? Take = null);
