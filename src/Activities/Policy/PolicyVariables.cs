namespace WorkflowOffice.Activities.Policy;

/// <summary>
/// The variables an instance of the policy's procedure carries. They are deliberately few and hold no personal
/// data (no national ID, phone or name): activities read the case through <see cref="Ports.ICaseFacts"/>.
/// </summary>
public static class PolicyVariables
{
    /// <summary>Set at start: the case id (string); also the correlation key of the procedure's messages.</summary>
    public const string CaseId = "caseId";

    /// <summary>Set at start: the association id (string).</summary>
    public const string AssociationId = "associationId";

    /// <summary>Set at start: the association code, e.g. <c>BTR</c> (prefix of file numbers).</summary>
    public const string AssociationCode = "associationCode";

    /// <summary>Set at start: the case reference the beneficiary quotes.</summary>
    public const string Reference = "reference";

    /// <summary>Set at start: the channel the request came through, <c>CH-1</c>…<c>CH-8</c>.</summary>
    public const string Channel = "channel";

    /// <summary>Set at start: <c>inquiry</c> (an enquiry only, GOAL-3) or <c>support</c> (a support request, the default).</summary>
    public const string RequestKind = "requestKind";

    /// <summary>The answer given to an enquiry (STEP-1): set at start when answered at once, or by the <c>answerInquiry</c> task.</summary>
    public const string Answer = "answer";

    /// <summary>Set at start (or by the <c>items-submitted</c> message): the procedure is unclear to the beneficiary (STEP-3).</summary>
    public const string Unclear = "unclear";

    /// <summary>Output of STEP-1: true when the case is an enquiry only.</summary>
    public const string InquiryOnly = "inquiryOnly";

    /// <summary>Output of STEP-1: true when the enquiry already has an answer.</summary>
    public const string Answered = "answered";

    /// <summary>Output of STEP-2: the items missing, expired or invalid (list of <c>{code, kind, reason, ar, en}</c>).</summary>
    public const string MissingItems = "missingItems";

    /// <summary>Output of STEP-2: every required item is present and valid on the submission date.</summary>
    public const string RequirementsComplete = "requirementsComplete";

    /// <summary>The deadline given to the beneficiary to bring the missing items (ISO 8601).</summary>
    public const string ItemsDueDate = "itemsDueDate";

    /// <summary>The committee's two-week answer deadline announced to the beneficiary (ISO 8601).</summary>
    public const string CommitteeDueDate = "committeeDueDate";

    /// <summary>Committee vote task data: the voting member's user id, set by the host from the authenticated user.</summary>
    public const string MemberId = "memberId";

    /// <summary>Committee vote task data: the member's reasons (required to reject).</summary>
    public const string Reasons = "reasons";

    /// <summary>The votes so far (list of <c>{memberId, choice, reasons, castAt}</c>), for the "votes so far" panel.</summary>
    public const string CommitteeVotes = "committeeVotes";

    /// <summary>The committee's decision: <c>pending</c>, <c>accepted</c> or <c>rejected</c>.</summary>
    public const string CommitteeDecision = "committeeDecision";

    /// <summary>True once the committee accepted the request.</summary>
    public const string Accepted = "accepted";

    /// <summary>The rejecting members' reasons (without their names), sent to the beneficiary.</summary>
    public const string RejectionReasons = "rejectionReasons";

    /// <summary>Output of STEP-6: the beneficiary's file number, e.g. <c>BTR-2026-000123</c>.</summary>
    public const string FileNumber = "fileNumber";

    /// <summary>Output of GOAL-5: when the satisfaction survey closes (ISO 8601).</summary>
    public const string SurveyClosesAt = "surveyClosesAt";

    /// <summary>The outcome of the last task or activity (set by the engine).</summary>
    public const string Outcome = "outcome";
}
