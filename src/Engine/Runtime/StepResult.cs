using WorkflowOffice.Engine.Runtime.Effects;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>The outcome of one pure step.</summary>
/// <param name="State">The new state (a new object; the input state is untouched). Its version is not yet incremented.</param>
/// <param name="Effects">Effects to persist with it.</param>
/// <param name="Journal">Journal entries to append.</param>
/// <param name="Changed"><c>false</c> when the stimulus found nothing to do (e.g. a timer whose wait is resolved): nothing to commit.</param>
public sealed record StepResult(InstanceState State, IReadOnlyList<WorkflowEffect> Effects, IReadOnlyList<JournalEntry> Journal, bool Changed = true);
