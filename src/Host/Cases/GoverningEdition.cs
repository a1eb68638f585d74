namespace WorkflowOffice.Host.Cases;

/// <summary>The policy edition and workflow version a case runs on (it stays on them).</summary>
public sealed record GoverningEdition(Guid? EditionId, string? Label, string DefinitionKey, int DefinitionVersion);
