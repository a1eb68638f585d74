using System.Text.Json;

namespace WorkflowOffice.Host.Tasks;

/// <summary>Turns JSON from the API into the engine's JSON-compatible variable values (decimal numbers, lists, maps).</summary>
public static class JsonVariables
{
    public static Dictionary<string, object?> From(IReadOnlyDictionary<string, JsonElement>? data)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in data ?? new Dictionary<string, JsonElement>())
        {
            result[key] = Convert(value);
        }

        return result;
    }

    public static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
