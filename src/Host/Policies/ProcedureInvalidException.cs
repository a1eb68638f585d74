using WorkflowOffice.Engine.Bpmn;

namespace WorkflowOffice.Host.Policies;

/// <summary>The procedure has validation problems, so the edition cannot be submitted (422 with the list).</summary>
public sealed class ProcedureInvalidException(IReadOnlyList<ValidationProblem> problems)
    : Exception($"The procedure has {problems.Count} problem(s); fix them before submitting.")
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
