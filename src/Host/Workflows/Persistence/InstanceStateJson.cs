using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// The JSON form of <see cref="InstanceState"/> in <see cref="WorkflowInstanceRow.StateJson"/>: the engine's
/// <see cref="WorkflowJson"/> (enums by name, variables read back as JSON-compatible values); the version lives
/// in its own column, the concurrency token.
/// </summary>
public static class InstanceStateJson
{
    /// <summary>Serializes a state.</summary>
    public static string Serialize(InstanceState state) => WorkflowJson.Serialize(state);

    /// <summary>Reads a state back and stamps the version of its row.</summary>
    public static InstanceState Deserialize(string json, long version)
    {
        var state = WorkflowJson.DeserializeState(json);
        state.Version = version;
        return state;
    }
}
