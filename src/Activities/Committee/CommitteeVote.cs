using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Committee;

/// <summary>
/// One member's vote on a request (STEP-5). A rejection must carry reasons: the beneficiary is told why (GOAL-6.1,
/// correcting misconceptions, and GOAL-3, answers suited to the beneficiary).
/// </summary>
public sealed record CommitteeVote
{
    /// <summary>Creates a vote.</summary>
    /// <param name="memberId">The voting member's id.</param>
    /// <param name="choice">Accept or reject.</param>
    /// <param name="reasons">Why; required for a rejection, optional notes for an acceptance.</param>
    /// <param name="castAt">When the vote was cast; when a member votes twice, the later vote counts.</param>
    /// <exception cref="ArgumentException">A rejection without reasons, or a blank member id.</exception>
    public CommitteeVote(string memberId, CommitteeVoteChoice choice, string? reasons, DateTimeOffset castAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var error = Validate(choice, reasons);
        if (error is not null)
        {
            throw new ArgumentException(error.Message.ToString(), nameof(reasons));
        }

        MemberId = memberId;
        Choice = choice;
        Reasons = string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim();
        CastAt = castAt;
    }

    /// <summary>The voting member's id.</summary>
    public string MemberId { get; }

    /// <summary>Accept or reject.</summary>
    public CommitteeVoteChoice Choice { get; }

    /// <summary>The reasons given, trimmed; always present for a rejection.</summary>
    public string? Reasons { get; }

    /// <summary>When the vote was cast.</summary>
    public DateTimeOffset CastAt { get; }

    /// <summary>Checks a vote form before it is submitted; returns the field-level error (field <c>reasons</c>) or <see langword="null"/>.</summary>
    public static FieldError? Validate(CommitteeVoteChoice choice, string? reasons) =>
        choice == CommitteeVoteChoice.Reject && string.IsNullOrWhiteSpace(reasons)
            ? new FieldError("reasons", "required", new BilingualText(
                "يرجى كتابة أسباب الرفض، فهي تُرسل إلى المستفيد.",
                "Please write the reasons for rejection; they are sent to the beneficiary."))
            : null;
}
