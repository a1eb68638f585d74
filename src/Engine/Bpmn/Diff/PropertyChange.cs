namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>One property of an element that differs, as written in the BPMN (e.g. <c>wo:dueIn</c> P14D → P10D).</summary>
/// <param name="Property">The property: <c>name</c>, <c>wo:dueIn</c>, <c>timer</c>, <c>condition</c>, <c>targetRef</c>…</param>
/// <param name="OldValue">The published value, or <c>null</c> when it was not set.</param>
/// <param name="NewValue">The proposed value, or <c>null</c> when it is no longer set.</param>
public sealed record PropertyChange(string Property, string? OldValue, string? NewValue);
