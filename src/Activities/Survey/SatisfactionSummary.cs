using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Survey;

/// <summary>
/// The result of aggregating survey answers: figures, or "not enough answers" for a group too small to keep its
/// members anonymous (GOAL-6.3: evaluation is for improvement, not for punishing or shaming individuals).
/// </summary>
/// <param name="AnswerCount">Answers in the group.</param>
/// <param name="Figures">The figures, or <see langword="null"/> when there are not enough answers.</param>
public sealed record SatisfactionSummary(int AnswerCount, SatisfactionFigures? Figures)
{
    /// <summary>Whether the group was too small to show figures.</summary>
    public bool NotEnoughAnswers => Figures is null;

    /// <summary>The message a report shows instead of figures for a small group.</summary>
    public static BilingualText NotEnoughAnswersMessage { get; } = new(
        "لا تُعرض النتائج لأقل من ٥ إجابات حفاظاً على خصوصية المستفيدين.",
        "Results are not shown for fewer than 5 answers, to protect beneficiaries' privacy.");
}
