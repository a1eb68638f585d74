namespace WorkflowOffice.Host.Cases;

/// <summary>
/// One policy step of a case's timeline: when it started and finished, who worked on it, its outcome, and the
/// communications, documents and decisions that belong to it.
/// </summary>
/// <param name="StepId">The policy clause (<c>STEP-1</c>…<c>STEP-7</c>, <c>GOAL-5</c>), or <c>OTHER</c>.</param>
/// <param name="StartedAt">The first journal entry of the step.</param>
/// <param name="FinishedAt">The last entry, or <see langword="null"/> while a task of the step is open.</param>
/// <param name="ActorsAr">Who worked on it (display names, Arabic).</param>
/// <param name="ActorsEn">Who worked on it (display names, English).</param>
/// <param name="Outcome">The last outcome recorded in the step (a task outcome), if any.</param>
/// <param name="Items">Communications, documents and decisions, in time order.</param>
public sealed record CaseFileStep(
    string StepId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<string> ActorsAr,
    IReadOnlyList<string> ActorsEn,
    string? Outcome,
    IReadOnlyList<TimelineEntry> Items);
