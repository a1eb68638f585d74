namespace WorkflowOffice.Engine.Runtime;

/// <summary>No definition with this key (and version).</summary>
/// <param name="key">The key.</param>
/// <param name="version">The version, or <c>null</c> for the latest.</param>
public sealed class DefinitionNotFoundException(string key, int? version)
    : WorkflowException(version is null ? $"No workflow definition '{key}' is deployed." : $"Workflow definition '{key}' has no version {version}.")
{
    /// <summary>The key.</summary>
    public string Key { get; } = key;

    /// <summary>The version asked for.</summary>
    public int? Version { get; } = version;
}
