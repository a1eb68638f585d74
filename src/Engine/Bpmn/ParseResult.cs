namespace WorkflowOffice.Engine.Bpmn;

/// <summary>The result of reading a BPMN file: a definition when it is valid, otherwise every problem found.</summary>
/// <param name="Definition">The definition, or <c>null</c> when there are problems.</param>
/// <param name="Problems">Every problem, in document order.</param>
public sealed record ParseResult(ProcessDefinition? Definition, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>True when the file is valid.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Definition))]
    public bool IsValid => Definition is not null;
}
