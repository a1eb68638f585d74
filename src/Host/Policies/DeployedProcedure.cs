namespace WorkflowOffice.Host.Policies;

/// <summary>The workflow definition an edition runs as.</summary>
public sealed record DeployedProcedure(string DefinitionKey, int DefinitionVersion);
