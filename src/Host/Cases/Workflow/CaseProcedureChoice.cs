namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>The procedure a new case starts on.</summary>
/// <param name="DefinitionKey">The workflow definition key.</param>
/// <param name="DefinitionVersion">Its version, or <c>null</c> for the latest.</param>
/// <param name="EditionId">The governing policy edition, when editions are published.</param>
/// <param name="EditionLabel">How the edition is shown, e.g. <c>3/2023</c>.</param>
public sealed record CaseProcedureChoice(string DefinitionKey, int? DefinitionVersion, Guid? EditionId, string? EditionLabel);
