using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// Keeps variables JSON-compatible: numbers become <see cref="decimal"/>, dates and durations ISO 8601 strings,
/// lists <see cref="List{T}"/>, maps <see cref="Dictionary{TKey,TValue}"/>; anything else is refused.
/// </summary>
public static class VariableValues
{
    // Shared boxes: a true/false kept in millions of stored variable maps need not be millions of objects.
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>Converts a value to its JSON-compatible form; throws <see cref="ArgumentException"/> for other types.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        bool b => b ? BoxedTrue : BoxedFalse,
        string or decimal => value,
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        float f => (decimal)f,
        short s => (decimal)s,
        byte b => (decimal)b,
        Guid g => g.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d).ToString("O", CultureInfo.InvariantCulture),
        TimeSpan t => XmlConvert.ToString(t),
        Enum e => e.ToString(),
        JsonElement json => FromJson(json),
        IDictionary<string, object?> map => NormalizeMap(map),
        IReadOnlyDictionary<string, object?> map => NormalizeMap(map),
        IEnumerable items => NormalizeList(items),
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} cannot be stored in a workflow variable.", nameof(value)),
    };

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>, normalizing each value.</summary>
    public static void MergeInto(Dictionary<string, object?> target, IReadOnlyDictionary<string, object?>? source)
    {
        if (source is null)
        {
            return;
        }

        if (source is Dictionary<string, object?> concrete)
        {
            // The common case, without the boxed enumerator of the interface.
            foreach (var (name, value) in concrete)
            {
                target[name] = value is string or decimal or null ? value : Normalize(value);
            }

            return;
        }

        foreach (var (name, value) in source)
        {
            target[name] = value is string or decimal or null ? value : Normalize(value);
        }
    }

    /// <summary>Reads a JSON value into the variable model.</summary>
    public static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => BoxedTrue,
        JsonValueKind.False => BoxedFalse,
        JsonValueKind.Number => json.GetDecimal(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        _ => json.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
    };

    private static Dictionary<string, object?> NormalizeMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            result[key] = Normalize(value);
        }

        return result;
    }

    private static List<object?> NormalizeList(IEnumerable items)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            result.Add(Normalize(item));
        }

        return result;
    }
}
