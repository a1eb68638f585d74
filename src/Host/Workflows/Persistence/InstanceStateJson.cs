using System.Text.Json;
using System.Text.Json.Serialization;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// The JSON form of <see cref="InstanceState"/> in <see cref="WorkflowInstanceRow.StateJson"/>. Enums are
/// written by name so that a reordered enum never changes a stored state; nulls are left out.
/// </summary>
public static class InstanceStateJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new VariablesJsonConverter() },
    };

    /// <summary>Serializes a state (its <see cref="InstanceState.Version"/> lives in its own column).</summary>
    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>Reads a state back and stamps the version of its row.</summary>
    public static InstanceState Deserialize(string json, long version)
    {
        var state = JsonSerializer.Deserialize<InstanceState>(json, Options)
            ?? throw new JsonException("A stored workflow state is empty.");
        state.Version = version;
        return state;
    }
}
