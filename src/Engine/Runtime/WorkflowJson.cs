using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// JSON for what a durable store persists: an <see cref="InstanceState"/> as one document, variables, effects'
/// records. Variables read back are JSON-compatible values again (decimal, string, bool, null, lists, maps),
/// never <see cref="JsonElement"/>, so a state survives a round trip unchanged.
/// </summary>
public static class WorkflowJson
{
    /// <summary>Serializer options: camelCase names, enums as strings, variable values normalized.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The state as a JSON document.</summary>
    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>A state read back from <see cref="Serialize(InstanceState)"/>.</summary>
    public static InstanceState DeserializeState(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Options) ?? throw new JsonException("The instance state document is empty.");

    /// <summary>Any engine record (a task, an incident, variables…) as JSON.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Any engine record read back.</summary>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new VariableValueConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Reads <c>object</c>-typed values (variables) as JSON-compatible CLR values.</summary>
    private sealed class VariableValueConverter : JsonConverter<object>
    {
        public override bool HandleNull => false;

        public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return VariableValues.FromJson(document.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
        {
            // Variables are normalized (VariableValues): the scalars, by far the most common, are written directly
            // rather than through a serializer look-up per value.
            switch (value)
            {
                case bool b:
                    writer.WriteBooleanValue(b);
                    return;
                case string s:
                    writer.WriteStringValue(s);
                    return;
                case decimal d:
                    writer.WriteNumberValue(d);
                    return;
                default:
                    break;
            }

            var type = value.GetType();
            if (type == typeof(object))
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
                return;
            }

            JsonSerializer.Serialize(writer, value, type, options);
        }
    }
}
