namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>Claims a user task for the actor.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Actor">Who claims it.</param>
public sealed record ClaimTaskStimulus(Guid TaskId, Actor Actor) : Stimulus;
