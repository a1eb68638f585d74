namespace WorkflowOffice.Activities.Survey;

/// <summary>Satisfaction figures for a group of at least <see cref="SatisfactionAggregate.MinimumGroupSize"/> answers (GOAL-5).</summary>
/// <param name="AnswerCount">Answers in the group.</param>
/// <param name="CsatAverage">The average CSAT, 1 to 5, rounded to two decimals.</param>
/// <param name="CsatDistribution">How many answers gave each rating: index 0 is rating 1, index 4 is rating 5.</param>
/// <param name="NpsAnswerCount">Answers that included an NPS rating.</param>
/// <param name="Nps">
/// Net Promoter Score, −100 to 100 (% of 9–10 minus % of 0–6), rounded to one decimal; <see langword="null"/> when
/// fewer than the minimum group size answered the NPS question.
/// </param>
public sealed record SatisfactionFigures(
    int AnswerCount,
    decimal CsatAverage,
    IReadOnlyList<int> CsatDistribution,
    int NpsAnswerCount,
    decimal? Nps);
