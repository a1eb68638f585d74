namespace WorkflowOffice.Engine.Runtime;

/// <summary>A token: the position of one thread of execution.</summary>
/// <param name="Id">Stable id of the token.</param>
/// <param name="ElementId">BPMN id of the element the token is at.</param>
/// <param name="ScopeId">Id of the token waiting at the enclosing embedded sub-process; <c>null</c> at process level.</param>
/// <param name="Status">What the token is doing.</param>
/// <param name="ArrivedVia">Id of the sequence flow the token came through (used by parallel joins).</param>
public sealed record TokenState(Guid Id, string ElementId, Guid? ScopeId, TokenStatus Status, string? ArrivedVia);
