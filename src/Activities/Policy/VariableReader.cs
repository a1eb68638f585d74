using System.Collections;
using System.Globalization;

namespace WorkflowOffice.Activities.Policy;

/// <summary>Reads the procedure's variables with plain errors when a required one is absent (an incident then says which).</summary>
internal static class VariableReader
{
    public static string RequiredString(IReadOnlyDictionary<string, object?> variables, string name) =>
        OptionalString(variables, name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The variable '{name}' is required and is missing or blank.");

    public static string? OptionalString(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) ? value switch
        {
            null => null,
            string s => s.Trim(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        } : null;

    public static bool Flag(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) && value is true;

    public static IReadOnlyList<object?> List(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) && value is IEnumerable items and not string
            ? [.. items.Cast<object?>()]
            : [];
}
