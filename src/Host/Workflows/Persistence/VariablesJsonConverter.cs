using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// Reads and writes the engine's variable map (JSON-compatible values only, see <see cref="VariableValues"/>):
/// numbers come back as <see cref="decimal"/>, objects as ordinal dictionaries, arrays as lists.
/// </summary>
internal sealed class VariablesJsonConverter : JsonConverter<Dictionary<string, object?>>
{
    public override Dictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return VariableValues.FromJson(document.RootElement) as Dictionary<string, object?>
            ?? throw new JsonException("Workflow variables must be a JSON object.");
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, object?> value, JsonSerializerOptions options) =>
        WriteMap(writer, value);

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (name, item) in map)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case IDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Anything else was not normalized by the engine; normalize rather than lose it.
                WriteValue(writer, VariableValues.Normalize(value));
                break;
        }
    }
}
