namespace WorkflowOffice.Activities.Committee;

/// <summary>A research-committee member's answer to a request (STEP-5: acceptance or rejection).</summary>
public enum CommitteeVoteChoice
{
    /// <summary>Accept the request; registration (STEP-6) follows if the committee accepts.</summary>
    Accept,

    /// <summary>Reject the request; the member must give reasons, which are sent to the beneficiary.</summary>
    Reject,
}
