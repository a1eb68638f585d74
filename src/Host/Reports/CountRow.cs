namespace WorkflowOffice.Host.Reports;

/// <summary>One bar of a count chart (cases by stage, channel mix).</summary>
public sealed record CountRow(string Key, int Count);
