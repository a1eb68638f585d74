namespace WorkflowOffice.Host.Policies.Api;

/// <summary>One change in words.</summary>
public sealed record ChangeLineResponse(string ElementId, string Kind, string English, string Arabic);
