using WorkflowOffice.Engine.Expressions;

namespace WorkflowOffice.Engine.Bpmn;

/// <summary>A sequence flow between two nodes of the same scope.</summary>
/// <param name="Id">BPMN id.</param>
/// <param name="Source">Index of the source node.</param>
/// <param name="Target">Index of the target node.</param>
/// <param name="Condition">Compiled condition (flows leaving an exclusive gateway).</param>
public sealed record SequenceFlow(string Id, int Source, int Target, FeelExpression? Condition);
