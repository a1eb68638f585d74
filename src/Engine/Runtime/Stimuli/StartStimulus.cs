namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>Starts a new instance at the process's none start event.</summary>
/// <param name="InstanceId">Id of the new instance.</param>
/// <param name="BusinessKey">Business key, e.g. a case number.</param>
/// <param name="Variables">Initial variables (JSON-compatible values).</param>
/// <param name="Actor">Who started it.</param>
public sealed record StartStimulus(Guid InstanceId, string? BusinessKey, IReadOnlyDictionary<string, object?>? Variables, Actor Actor) : Stimulus;
