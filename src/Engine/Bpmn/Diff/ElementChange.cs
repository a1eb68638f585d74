namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>An element that was added, removed or changed, by BPMN id.</summary>
/// <param name="ElementId">BPMN id (the same in both files for a changed element).</param>
/// <param name="ElementType">BPMN element, e.g. <c>bpmn:userTask</c>.</param>
/// <param name="Name">The element's name (the proposed one when both exist), or <c>null</c>.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Properties">For a changed element, what differs; empty otherwise.</param>
public sealed record ElementChange(string ElementId, string ElementType, string? Name, ChangeKind Kind, IReadOnlyList<PropertyChange> Properties);
