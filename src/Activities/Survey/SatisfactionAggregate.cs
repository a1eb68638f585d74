namespace WorkflowOffice.Activities.Survey;

/// <summary>
/// Aggregates satisfaction survey answers into CSAT and NPS figures for a group (a support type, a channel, a month…).
/// Serves GOAL-5 (measuring satisfaction to improve the service) and GOAL-6.3 (evaluation is not for punishing
/// individuals): a group of fewer than <see cref="MinimumGroupSize"/> answers gets no figures at all, so no result
/// can be traced to one beneficiary or pinned on one employee's handful of cases.
/// </summary>
public static class SatisfactionAggregate
{
    /// <summary>The smallest group whose figures are shown. Callers may ask for larger groups, never smaller.</summary>
    public const int MinimumGroupSize = 5;

    /// <summary>Computes the figures, or "not enough answers".</summary>
    /// <param name="answers">The group's answers; invalid answers are refused.</param>
    /// <param name="minimumGroupSize">The smallest group to show; values below <see cref="MinimumGroupSize"/> are raised to it.</param>
    /// <exception cref="ArgumentException">An answer is invalid (out-of-range rating).</exception>
    public static SatisfactionSummary Compute(IReadOnlyCollection<SurveyAnswer> answers, int minimumGroupSize = MinimumGroupSize)
    {
        if (answers.Any(a => !a.IsValid))
        {
            throw new ArgumentException("Every answer must be valid before it is aggregated.", nameof(answers));
        }

        var threshold = Math.Max(minimumGroupSize, MinimumGroupSize);
        if (answers.Count < threshold)
        {
            return new SatisfactionSummary(answers.Count, null);
        }

        var distribution = new int[5];
        foreach (var answer in answers)
        {
            distribution[answer.Csat - 1]++;
        }

        var average = Math.Round((decimal)answers.Sum(a => a.Csat) / answers.Count, 2, MidpointRounding.AwayFromZero);

        var npsRatings = answers.Where(a => a.Nps is not null).Select(a => a.Nps!.Value).ToList();
        decimal? nps = null;
        if (npsRatings.Count >= threshold)
        {
            var promoters = npsRatings.Count(r => r >= 9);
            var detractors = npsRatings.Count(r => r <= 6);
            nps = Math.Round(100m * (promoters - detractors) / npsRatings.Count, 1, MidpointRounding.AwayFromZero);
        }

        return new SatisfactionSummary(answers.Count, new SatisfactionFigures(answers.Count, average, distribution, npsRatings.Count, nps));
    }
}
