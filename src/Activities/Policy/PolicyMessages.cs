namespace WorkflowOffice.Activities.Policy;

/// <summary>The messages the host correlates into the procedure, each with the case id as correlation key.</summary>
public static class PolicyMessages
{
    /// <summary>STEP-2: the beneficiary brought or uploaded missing items; the case is checked again.</summary>
    public const string ItemsSubmitted = "items-submitted";

    /// <summary>GOAL-5: the beneficiary answered the satisfaction survey.</summary>
    public const string SurveyAnswered = "survey-answered";
}
