namespace WorkflowOffice.Activities.Notifications;

/// <summary>
/// The events of the policy's procedure that send a notification, each with a shipped template per language and
/// channel under <c>workflows/templates/</c>. The model each template reads is described in
/// <c>workflows/templates/README.md</c>.
/// </summary>
public static class NotificationEvents
{
    /// <summary>STEP-1: the beneficiary's enquiry is answered.</summary>
    public const string InquiryAnswered = "inquiry-answered";

    /// <summary>STEP-2: required items are missing or expired; lists what to bring and the deadline.</summary>
    public const string ItemsMissing = "items-missing";

    /// <summary>STEP-2: reminder that the missing items are still awaited before the deadline.</summary>
    public const string ItemsReminder = "items-reminder";

    /// <summary>STEP-2: the deadline for the missing items passed; the request is closed as incomplete, saying what never arrived.</summary>
    public const string ItemsClosedIncomplete = "items-closed-incomplete";

    /// <summary>STEP-3: the beneficiary is referred to the social-research officer.</summary>
    public const string ReferredToResearch = "referred-to-research";

    /// <summary>STEP-4: the one-time code to attest the data.</summary>
    public const string AttestationCode = "attestation-code";

    /// <summary>STEP-5: the request is sent to the research committee, which answers within two weeks.</summary>
    public const string SentToCommittee = "sent-to-committee";

    /// <summary>STEP-5: the committee accepted the request.</summary>
    public const string CommitteeAccepted = "committee-accepted";

    /// <summary>STEP-5: the committee rejected the request, with its reasons.</summary>
    public const string CommitteeRejected = "committee-rejected";

    /// <summary>STEP-6: registration completed, with the file number.</summary>
    public const string RegistrationCompleted = "registration-completed";

    /// <summary>STEP-7: the service was delivered.</summary>
    public const string ServiceDelivered = "service-delivered";

    /// <summary>GOAL-5: invitation to rate the service, with the survey link.</summary>
    public const string SurveyInvitation = "survey-invitation";

    /// <summary>STEP-5 (staff): reminder to committee members before the two-week deadline.</summary>
    public const string CommitteeReminder = "committee-reminder";

    /// <summary>STEP-5 (staff): the two weeks passed without a decision; escalated to the director.</summary>
    public const string CommitteeEscalation = "committee-escalation";

    /// <summary>Every event with shipped templates.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        InquiryAnswered, ItemsMissing, ItemsReminder, ItemsClosedIncomplete, ReferredToResearch, AttestationCode, SentToCommittee,
        CommitteeAccepted, CommitteeRejected, RegistrationCompleted, ServiceDelivered, SurveyInvitation,
        CommitteeReminder, CommitteeEscalation,
    ];
}
