using WorkflowOffice.Engine.Bpmn;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>A BPMN file failed validation; <see cref="Problems"/> lists every problem found.</summary>
/// <param name="problems">The problems.</param>
public sealed class DefinitionInvalidException(IReadOnlyList<ValidationProblem> problems)
    : WorkflowException("The workflow definition is invalid:" + string.Concat(problems.Select(p => "\n  " + p)))
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
