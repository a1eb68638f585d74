namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>Cancels the instance: every token is withdrawn and the instance is terminated.</summary>
/// <param name="Actor">Who cancels it.</param>
/// <param name="Reason">Why (kept in the journal).</param>
public sealed record CancelStimulus(Actor Actor, string? Reason) : Stimulus;
