namespace WorkflowOffice.Host.Reports;

/// <summary>The average time a procedure step (user task) took to be completed, over <see cref="Completed"/> tasks.</summary>
public sealed record StepDurationRow(string ElementId, string? Name, string? Form, int Completed, TimeSpan Average);
