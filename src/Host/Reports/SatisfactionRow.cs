using WorkflowOffice.Activities.Survey;

namespace WorkflowOffice.Host.Reports;

/// <summary>
/// Satisfaction of one group (a service, a channel, a month): the figures only when the group has at least five
/// answers (GOAL-6.3: evaluation is a right of the beneficiary, not a way to single anyone out).
/// </summary>
public sealed record SatisfactionRow(string Dimension, string Key, SatisfactionSummary Summary);
