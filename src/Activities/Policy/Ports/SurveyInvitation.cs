namespace WorkflowOffice.Activities.Policy.Ports;

/// <summary>An issued satisfaction survey (GOAL-5).</summary>
/// <param name="Link">The public link the beneficiary opens (carries the token; sent only in the notification, never logged).</param>
/// <param name="ClosesAt">When it stops accepting answers.</param>
public sealed record SurveyInvitation(Uri Link, DateTimeOffset ClosesAt);
