namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>Completes a user task.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Outcome">One of the task's <c>wo:outcomes</c> (required when it declares some).</param>
/// <param name="Data">Variables to merge into the instance.</param>
/// <param name="Actor">Who completes it.</param>
public sealed record CompleteTaskStimulus(Guid TaskId, string? Outcome, IReadOnlyDictionary<string, object?>? Data, Actor Actor) : Stimulus;
