namespace WorkflowOffice.Host.Reports;

/// <summary>The average days a procedure step (user task) took to be completed, over <see cref="Completed"/> tasks.</summary>
public sealed record StepDurationRow(string ElementId, string? Name, int Completed, double AverageDays);
