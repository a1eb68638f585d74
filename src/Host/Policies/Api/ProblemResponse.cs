namespace WorkflowOffice.Host.Policies.Api;

/// <summary>A validation problem: the element concerned (empty for the whole file) and a plain sentence.</summary>
public sealed record ProblemResponse(string ElementId, string Message);
