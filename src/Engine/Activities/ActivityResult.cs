namespace WorkflowOffice.Engine.Activities;

/// <summary>How an activity ended: completed (with an outcome and outputs) or waiting for a message.</summary>
public sealed record ActivityResult
{
    private static readonly ActivityResult Done = new();

    private ActivityResult()
    {
    }

    /// <summary>True when the activity waits for <see cref="MessageName"/>.</summary>
    public bool IsWait { get; private init; }

    /// <summary>The outcome it completed with (stored in the variable <c>outcome</c>).</summary>
    public string? Outcome { get; private init; }

    /// <summary>Outputs (JSON-compatible values) to merge into the variables.</summary>
    public IReadOnlyDictionary<string, object?>? Outputs { get; private init; }

    /// <summary>For a wait: the message that resumes the element.</summary>
    public string? MessageName { get; private init; }

    /// <summary>For a wait: the correlation key the message must carry.</summary>
    public string? CorrelationKey { get; private init; }

    /// <summary>The element completes, optionally with an outcome and outputs.</summary>
    public static ActivityResult Complete(string? outcome = null, IReadOnlyDictionary<string, object?>? outputs = null) =>
        outcome is null && outputs is null ? Done : new() { Outcome = outcome, Outputs = outputs };

    /// <summary>
    /// The element waits until a message named <paramref name="messageName"/> with <paramref name="correlationKey"/>
    /// is correlated (or the subscription is resumed directly); the message payload becomes the outputs.
    /// </summary>
    public static ActivityResult Wait(string messageName, string? correlationKey) =>
        new() { IsWait = true, MessageName = messageName, CorrelationKey = correlationKey };
}
