using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Survey;

/// <summary>
/// A beneficiary's answer to the satisfaction survey sent after the service is delivered (GOAL-5: measuring
/// satisfaction; GOAL-6.3: evaluating the service is the beneficiary's right). CSAT is required; NPS and the comment
/// are optional. An anonymous answer is never shown linked to the beneficiary.
/// </summary>
/// <param name="Csat">Satisfaction with the service, 1 (very dissatisfied) to 5 (very satisfied).</param>
/// <param name="Nps">How likely the beneficiary is to recommend the association, 0 to 10; optional.</param>
/// <param name="Comment">Free text, at most <see cref="MaxCommentLength"/> characters; optional.</param>
/// <param name="IsAnonymous">Whether the beneficiary asked not to be identified with this answer.</param>
public sealed record SurveyAnswer(int Csat, int? Nps, string? Comment, bool IsAnonymous)
{
    /// <summary>The longest comment accepted, in characters.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>Checks the answer; returns every field-level error (fields <c>csat</c>, <c>nps</c>, <c>comment</c>), empty when valid.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Csat is < 1 or > 5)
        {
            errors.Add(new FieldError("csat", "range", new BilingualText(
                "يرجى اختيار تقييم من ١ إلى ٥.",
                "Please choose a rating from 1 to 5.")));
        }

        if (Nps is < 0 or > 10)
        {
            errors.Add(new FieldError("nps", "range", new BilingualText(
                "يرجى اختيار رقم من ٠ إلى ١٠.",
                "Please choose a number from 0 to 10.")));
        }

        if (Comment is { Length: > MaxCommentLength })
        {
            errors.Add(new FieldError("comment", "tooLong", new BilingualText(
                "يرجى اختصار الملاحظة إلى ٢٠٠٠ حرف على الأكثر.",
                "Please shorten the comment to at most 2000 characters.")));
        }

        return errors;
    }

    /// <summary>Whether the answer is valid.</summary>
    public bool IsValid => Validate().Count == 0;
}
