namespace WorkflowOffice.Host.PublicApi;

/// <summary>Where a survey link stands: the page shows the form only while it is <see cref="Open"/>.</summary>
public enum SurveyState
{
    Unknown,
    Open,
    Answered,
    Closed,
}
