using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;

namespace WorkflowOffice.Host.Policies;

/// <summary>The engine's validator against the activities this host registers: what the designer shows live and
/// what submission enforces.</summary>
public sealed class ProcedureValidator(ActivityRegistry activities)
{
    public IReadOnlyList<ValidationProblem> Validate(string bpmnXml) => BpmnParser.Validate(bpmnXml, activities);
}
