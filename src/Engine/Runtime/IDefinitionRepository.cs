namespace WorkflowOffice.Engine.Runtime;

/// <summary>Versions of process definitions by key. Versions are never changed once added.</summary>
public interface IDefinitionRepository
{
    /// <summary>A version of a definition, or the latest when <paramref name="version"/> is <c>null</c>; <c>null</c> if unknown.</summary>
    ValueTask<DefinitionRecord?> GetAsync(string key, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Stores the XML as the next version of <paramref name="key"/> (1 for a new key) and returns it.</summary>
    ValueTask<DefinitionRecord> AddAsync(string key, string bpmnXml, CancellationToken cancellationToken = default);
}
