namespace WorkflowOffice.Host.Reports;

/// <summary>Satisfaction by service, by channel and by month, and the comments of groups large enough to show.</summary>
public sealed record SatisfactionReport(
    IReadOnlyList<SatisfactionRow> ByService,
    IReadOnlyList<SatisfactionRow> ByChannel,
    IReadOnlyList<SatisfactionRow> Trend,
    IReadOnlyList<string> Comments);
