namespace WorkflowOffice.Host.Policies;

/// <summary>The edition new cases run on: which edition, and the workflow definition version it was deployed as.</summary>
public sealed record PublishedProcedure(Guid EditionId, string PolicyKey, int Number, int Year, string DefinitionKey, int DefinitionVersion);
