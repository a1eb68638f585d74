namespace WorkflowOffice.Engine.Bpmn;

/// <summary>An immutable, validated process graph: nodes indexed by int, flows and conditions precompiled.</summary>
public sealed class ProcessDefinition
{
    private readonly Dictionary<string, int> _byId;

    internal ProcessDefinition(string key, int version, string processId, string? name, string sourceXml, IReadOnlyList<FlowNode> nodes, int startNode)
    {
        Key = key;
        Version = version;
        ProcessId = processId;
        Name = name;
        SourceXml = sourceXml;
        Nodes = nodes;
        StartNode = startNode;
        _byId = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            _byId[node.Id] = node.Index;
        }
    }

    /// <summary>Definition key (the process id unless deployed under another key).</summary>
    public string Key { get; }

    /// <summary>Version the repository gave it.</summary>
    public int Version { get; }

    /// <summary>BPMN id of the process.</summary>
    public string ProcessId { get; }

    /// <summary>BPMN name of the process.</summary>
    public string? Name { get; }

    /// <summary>The XML as given (diagram interchange and foreign extensions kept).</summary>
    public string SourceXml { get; }

    /// <summary>All nodes, sub-process contents included.</summary>
    public IReadOnlyList<FlowNode> Nodes { get; }

    /// <summary>Index of the process-level start event.</summary>
    public int StartNode { get; }

    /// <summary>The node with this BPMN id.</summary>
    public FlowNode this[string id] => Nodes[_byId[id]];

    /// <summary>Finds a node by BPMN id.</summary>
    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FlowNode? node)
    {
        if (_byId.TryGetValue(id, out var index))
        {
            node = Nodes[index];
            return true;
        }

        node = null;
        return false;
    }
}
