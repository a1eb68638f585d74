namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>Gives a claimed user task back to its candidate roles.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Actor">Who releases it (the assignee, or the system).</param>
public sealed record ReleaseTaskStimulus(Guid TaskId, Actor Actor) : Stimulus;
