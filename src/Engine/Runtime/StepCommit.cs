using WorkflowOffice.Engine.Runtime.Effects;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>Everything one step changes, to be written in one transaction.</summary>
/// <param name="State">The new state; its <see cref="InstanceState.Version"/> is <paramref name="ExpectedVersion"/> + 1.</param>
/// <param name="ExpectedVersion">The version the step started from; 0 for a new instance (an insert).</param>
/// <param name="Effects">Effects to persist with the state (tasks, timers, subscriptions, incidents, outbox).</param>
/// <param name="Journal">Journal entries to append.</param>
public sealed record StepCommit(
    InstanceState State,
    long ExpectedVersion,
    IReadOnlyList<WorkflowEffect> Effects,
    IReadOnlyList<JournalEntry> Journal);
