namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>A stored definition version without its XML.</summary>
/// <param name="Key">Definition key.</param>
/// <param name="Version">Version number.</param>
/// <param name="Sha256">Hex SHA-256 of the XML.</param>
/// <param name="DeployedAt">When it was stored.</param>
public sealed record DefinitionSummary(string Key, int Version, string Sha256, DateTimeOffset DeployedAt);
