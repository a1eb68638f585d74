namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>A timer (or an incident retry) is due. Does nothing if the wait is already resolved.</summary>
/// <param name="TimerId">Id of the wait state.</param>
public sealed record FireTimerStimulus(Guid TimerId) : Stimulus;
