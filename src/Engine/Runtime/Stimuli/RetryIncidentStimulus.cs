namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>An administrator retries a failed element now.</summary>
/// <param name="IncidentId">The open incident.</param>
/// <param name="Actor">The administrator.</param>
public sealed record RetryIncidentStimulus(Guid IncidentId, Actor Actor) : Stimulus;
