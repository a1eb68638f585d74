namespace WorkflowOffice.Host.Cases;

/// <summary>One line of a case's timeline: a workflow journal entry or a communication.</summary>
/// <param name="At">When.</param>
/// <param name="Source"><c>workflow</c> or <c>communication</c>.</param>
/// <param name="Kind">The journal kind, or <c>in</c>/<c>out</c>.</param>
/// <param name="ElementId">The BPMN element, for workflow entries.</param>
/// <param name="Title">The element's (Arabic) name or the communication's subject.</param>
/// <param name="Detail">An outcome, a channel.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Source, string Kind, string? ElementId, string? Title, string? Detail);
