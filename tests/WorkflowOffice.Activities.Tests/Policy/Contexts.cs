using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Testing;

namespace WorkflowOffice.Activities.Tests.Policy;

/// <summary>Builds the context the engine would give an activity: attributes as inputs, mapped inputs over them.</summary>
public static class Contexts
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static ActivityContext For(
        Dictionary<string, object?> variables,
        Dictionary<string, string>? attributes = null,
        Dictionary<string, object?>? mapped = null,
        TimeProvider? clock = null)
    {
        attributes ??= [];
        var inputs = attributes.ToDictionary(a => a.Key, a => (object?)a.Value, StringComparer.Ordinal);
        foreach (var (name, value) in mapped ?? [])
        {
            inputs[name] = value;
        }

        return new ActivityContext(Guid.NewGuid(), "beneficiary-relationship-policy", "REF-1", "element", inputs, attributes, variables,
            clock ?? new ManualTimeProvider(Now), 1, CancellationToken.None);
    }

    public static Dictionary<string, object?> Case(string caseId = "c1") => new()
    {
        ["caseId"] = caseId,
        ["associationId"] = PolicyHarness.AssociationId,
        ["associationCode"] = "BTR",
        ["reference"] = "REF-" + caseId,
    };
}
