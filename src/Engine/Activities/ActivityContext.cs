using System.Globalization;
using WorkflowOffice.Engine.Runtime.Effects;

namespace WorkflowOffice.Engine.Activities;

/// <summary>What an activity sees while it runs: its inputs, the instance, the clock; and where it asks for effects.</summary>
/// <param name="instanceId">The instance.</param>
/// <param name="definitionKey">The definition key.</param>
/// <param name="businessKey">The instance's business key.</param>
/// <param name="elementId">BPMN id of the task running the activity.</param>
/// <param name="inputs">Evaluated <c>wo:input</c> expressions, plus <c>wo:</c> attributes not given as inputs (as strings).</param>
/// <param name="attributes">Every <c>wo:</c> attribute of the element, unevaluated.</param>
/// <param name="variables">The instance variables (read-only).</param>
/// <param name="clock">The engine clock.</param>
/// <param name="attempt">1 for the first execution, 2 for the first retry…</param>
/// <param name="cancellationToken">Cancelled when the host shuts down.</param>
public sealed class ActivityContext(
    Guid instanceId,
    string definitionKey,
    string? businessKey,
    string elementId,
    IReadOnlyDictionary<string, object?> inputs,
    IReadOnlyDictionary<string, string> attributes,
    IReadOnlyDictionary<string, object?> variables,
    TimeProvider clock,
    int attempt,
    CancellationToken cancellationToken)
{
    private List<WorkflowEffect>? _effects;

    /// <summary>The instance.</summary>
    public Guid InstanceId { get; } = instanceId;

    /// <summary>The definition key.</summary>
    public string DefinitionKey { get; } = definitionKey;

    /// <summary>The instance's business key.</summary>
    public string? BusinessKey { get; } = businessKey;

    /// <summary>BPMN id of the task running the activity.</summary>
    public string ElementId { get; } = elementId;

    /// <summary>Evaluated inputs by name.</summary>
    public IReadOnlyDictionary<string, object?> Inputs { get; } = inputs;

    /// <summary>Every <c>wo:</c> attribute of the element, as written.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; } = attributes;

    /// <summary>The instance variables.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    /// <summary>The engine clock (never read the wall clock in an activity).</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>1 for the first execution, 2 for the first retry…</summary>
    public int Attempt { get; } = attempt;

    /// <summary>Cancelled when the host shuts down.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Effects requested so far.</summary>
    public IReadOnlyList<WorkflowEffect> Effects => _effects ?? (IReadOnlyList<WorkflowEffect>)[];

    /// <summary>An input converted to <typeparamref name="T"/>, or <paramref name="fallback"/> when absent or null.</summary>
    public T? GetInput<T>(string name, T? fallback = default)
    {
        if (!Inputs.TryGetValue(name, out var value) || value is null)
        {
            return fallback;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return target == typeof(DateTimeOffset) && value is string s
            ? (T)(object)DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)
            : (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>Asks for a notification; it reaches the outbox only if the step commits.</summary>
    public void RequestNotification(string eventName, string? recipient, IReadOnlyDictionary<string, object?> data, string? template = null) =>
        AddEffect(new NotificationRequested(InstanceId, ElementId, eventName, template ?? Attributes.GetValueOrDefault("template"), recipient, data));

    /// <summary>Adds an effect to the step.</summary>
    public void AddEffect(WorkflowEffect effect) => (_effects ??= []).Add(effect);
}
