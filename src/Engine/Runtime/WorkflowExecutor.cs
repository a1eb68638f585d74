using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Runtime.Stimuli;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// The pure step: <c>(definition, state, stimulus, clock) → (new state, effects, journal)</c>. It never changes
/// the state it is given and touches no store; custom activities run inside it (their side effects are effects).
/// </summary>
/// <param name="options">Retry delays and limits.</param>
public sealed class WorkflowExecutor(WorkflowRuntimeOptions options)
{
    /// <summary>Creates an executor with default options.</summary>
    public WorkflowExecutor()
        : this(new WorkflowRuntimeOptions())
    {
    }

    /// <summary>The options in use.</summary>
    public WorkflowRuntimeOptions Options { get; } = options;

    /// <summary>
    /// Runs one step. <paramref name="state"/> is <c>null</c> only for a <see cref="StartStimulus"/>.
    /// Errors a user should see (<see cref="WorkflowException"/> subclasses) are thrown before anything changes.
    /// </summary>
    public ValueTask<StepResult> ExecuteAsync(ProcessDefinition definition, InstanceState? state, Stimulus stimulus, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (state is null && stimulus is not StartStimulus)
        {
            throw new ArgumentNullException(nameof(state), "Only a start stimulus may run without a state.");
        }

        if (state is not null && state.Status is InstanceStatus.Completed or InstanceStatus.Terminated)
        {
            if (stimulus is FireTimerStimulus or DeliverMessageStimulus)
            {
                return ValueTask.FromResult(new StepResult(state, [], [], Changed: false));
            }

            throw new InstanceEndedException(state.InstanceId, state.Status);
        }

        return new StepRun(definition, state, clock, Options, cancellationToken).RunAsync(stimulus);
    }
}
