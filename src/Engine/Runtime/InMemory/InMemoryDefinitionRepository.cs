namespace WorkflowOffice.Engine.Runtime.InMemory;

/// <summary>Definition versions in memory (tests, benchmarks, the embedded demo).</summary>
/// <param name="clock">Stamps <see cref="DefinitionRecord.CreatedAt"/>.</param>
public sealed class InMemoryDefinitionRepository(TimeProvider clock) : IDefinitionRepository
{
    private readonly Dictionary<string, List<DefinitionRecord>> _versions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Creates a repository on the system clock.</summary>
    public InMemoryDefinitionRepository()
        : this(TimeProvider.System)
    {
    }

    /// <inheritdoc />
    public ValueTask<DefinitionRecord?> GetAsync(string key, int? version = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_versions.TryGetValue(key, out var list) || list.Count == 0)
            {
                return ValueTask.FromResult<DefinitionRecord?>(null);
            }

            var record = version is { } v ? (v >= 1 && v <= list.Count ? list[v - 1] : null) : list[^1];
            return ValueTask.FromResult(record);
        }
    }

    /// <inheritdoc />
    public ValueTask<DefinitionRecord> AddAsync(string key, string bpmnXml, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_versions.TryGetValue(key, out var list))
            {
                _versions[key] = list = [];
            }

            var record = new DefinitionRecord(key, list.Count + 1, bpmnXml, clock.GetUtcNow());
            list.Add(record);
            return ValueTask.FromResult(record);
        }
    }
}
