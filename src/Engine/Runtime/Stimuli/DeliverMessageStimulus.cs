namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>Delivers a correlated message to one subscription.</summary>
/// <param name="SubscriptionId">Id of the wait state.</param>
/// <param name="Payload">Variables to merge into the instance (or outputs of a waiting activity).</param>
public sealed record DeliverMessageStimulus(Guid SubscriptionId, IReadOnlyDictionary<string, object?>? Payload) : Stimulus;
