namespace WorkflowOffice.Engine.Runtime.Stimuli;

/// <summary>What moves an instance forward in one step (a start, a task completion, a timer, a message…).</summary>
public abstract record Stimulus;
