namespace WorkflowOffice.Host.Policies.Api;

/// <summary>The result of validating a procedure.</summary>
public sealed record ValidationResponse(bool Valid, IReadOnlyList<ProblemResponse> Problems)
{
    public static ValidationResponse From(IReadOnlyList<Engine.Bpmn.ValidationProblem> problems) =>
        new(problems.Count == 0, [.. problems.Select(p => new ProblemResponse(p.ElementId, p.Message))]);
}
