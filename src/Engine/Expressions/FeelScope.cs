namespace WorkflowOffice.Engine.Expressions;

/// <summary>What an expression is evaluated against: the variables and the clock (for <c>now()</c> and <c>today()</c>).</summary>
/// <param name="Variables">Variables by name (JSON-compatible values).</param>
/// <param name="Clock">The engine clock.</param>
public sealed record FeelScope(IReadOnlyDictionary<string, object?> Variables, TimeProvider Clock);
