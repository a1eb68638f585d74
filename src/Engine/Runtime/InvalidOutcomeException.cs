namespace WorkflowOffice.Engine.Runtime;

/// <summary>The outcome given is not one the element declares.</summary>
/// <param name="elementId">The task or activity element.</param>
/// <param name="outcome">The outcome given.</param>
/// <param name="allowed">The declared outcomes.</param>
public sealed class InvalidOutcomeException(string elementId, string? outcome, IReadOnlyList<string> allowed)
    : WorkflowException($"'{outcome}' is not an outcome of {elementId}; expected one of: {string.Join(", ", allowed)}.")
{
    /// <summary>The element.</summary>
    public string ElementId { get; } = elementId;

    /// <summary>The outcome given.</summary>
    public string? Outcome { get; } = outcome;

    /// <summary>The declared outcomes.</summary>
    public IReadOnlyList<string> Allowed { get; } = allowed;
}
