using System.Collections.Concurrent;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Runtime.Effects;
using WorkflowOffice.Engine.Runtime.Stimuli;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// The API the host calls. Every command is load → pure step → commit with the expected version; a concurrency
/// conflict re-runs the step on the fresh state (a task completed meanwhile is then reported as already completed
/// by its completer). Timers are handed to the scheduler after the commit, best-effort.
/// </summary>
/// <param name="store">Where instances live.</param>
/// <param name="definitions">Where definition versions live.</param>
/// <param name="scheduler">What wakes timers up.</param>
/// <param name="activities">Custom activities models may use.</param>
/// <param name="clock">The engine clock.</param>
/// <param name="options">Retry delays and limits.</param>
public sealed class WorkflowRuntime(
    IWorkflowStore store,
    IDefinitionRepository definitions,
    ITimerScheduler scheduler,
    ActivityRegistry activities,
    TimeProvider clock,
    WorkflowRuntimeOptions? options = null)
{
    private readonly IWorkflowStore _store = store;
    private readonly IDefinitionRepository _definitions = definitions;
    private readonly ITimerScheduler _scheduler = scheduler;
    private readonly WorkflowExecutor _executor = new(options ?? new WorkflowRuntimeOptions());
    private readonly ConcurrentDictionary<(string Key, int Version), ProcessDefinition> _parsed = new();

    /// <summary>The engine clock.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>The registered custom activities.</summary>
    public ActivityRegistry Activities { get; } = activities;

    /// <summary>The options in use.</summary>
    public WorkflowRuntimeOptions Options => _executor.Options;

    // ---- definitions ------------------------------------------------------------------------------------

    /// <summary>Parses and validates a BPMN file against the registered activities.</summary>
    public ParseResult Validate(string bpmnXml) => BpmnParser.Parse(bpmnXml, Activities);

    /// <summary>
    /// Validates a BPMN file and stores it as the next version of <paramref name="key"/> (default: its process id).
    /// Throws <see cref="DefinitionInvalidException"/> listing every problem. Running instances keep their version.
    /// </summary>
    public async ValueTask<ProcessDefinition> DeployAsync(string bpmnXml, string? key = null, CancellationToken cancellationToken = default)
    {
        var checkedResult = Validate(bpmnXml);
        if (!checkedResult.IsValid)
        {
            throw new DefinitionInvalidException(checkedResult.Problems);
        }

        var record = await _definitions.AddAsync(key ?? checkedResult.Definition.ProcessId, bpmnXml, cancellationToken).ConfigureAwait(false);
        return Load(record);
    }

    /// <summary>A definition version (the latest when <paramref name="version"/> is <c>null</c>), parsed once and cached.</summary>
    public async ValueTask<ProcessDefinition> GetDefinitionAsync(string key, int? version = null, CancellationToken cancellationToken = default)
    {
        if (version is { } v && _parsed.TryGetValue((key, v), out var cached))
        {
            return cached;
        }

        var record = await _definitions.GetAsync(key, version, cancellationToken).ConfigureAwait(false)
            ?? throw new DefinitionNotFoundException(key, version);
        return Load(record);
    }

    private ProcessDefinition Load(DefinitionRecord record) =>
        _parsed.GetOrAdd((record.Key, record.Version), static (k, state) =>
        {
            var result = BpmnParser.Parse(state.Record.BpmnXml, state.Activities, k.Key, k.Version);
            return result.IsValid ? result.Definition : throw new DefinitionInvalidException(result.Problems);
        }, (Record: record, Activities));

    // ---- commands ---------------------------------------------------------------------------------------

    /// <summary>Starts an instance of the latest version of a definition and runs it to its first wait states.</summary>
    public ValueTask<InstanceState> StartAsync(string definitionKey, string? businessKey, IReadOnlyDictionary<string, object?>? variables, Actor actor, CancellationToken cancellationToken = default) =>
        StartAsync(new StartRequest(definitionKey, actor) { BusinessKey = businessKey, Variables = variables }, cancellationToken);

    /// <summary>
    /// Starts an instance (of <see cref="StartRequest.Version"/>, default the latest, with
    /// <see cref="StartRequest.InstanceId"/>, default a new id) and runs it to its first wait states. Throws
    /// <see cref="DefinitionNotFoundException"/> for an unknown key or version, and
    /// <see cref="ConcurrencyConflictException"/> (expected version 0) when an instance with that id already exists.
    /// </summary>
    public async ValueTask<InstanceState> StartAsync(StartRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.InstanceId == Guid.Empty)
        {
            throw new ArgumentException("An instance id must not be empty.", nameof(request));
        }

        var definition = await GetDefinitionAsync(request.DefinitionKey, request.Version, cancellationToken).ConfigureAwait(false);
        var stimulus = new StartStimulus(request.InstanceId ?? Ids.Next(), request.BusinessKey, request.Variables, request.Actor);
        var result = await _executor.ExecuteAsync(definition, null, stimulus, Clock, cancellationToken).ConfigureAwait(false);
        result.State.Version = 1;
        await _store.CommitAsync(new StepCommit(result.State, 0, result.Effects, result.Journal), cancellationToken).ConfigureAwait(false);
        await ScheduleAsync(result.Effects, cancellationToken).ConfigureAwait(false);
        return result.State;
    }

    /// <summary>Claims a task for the actor (who must hold one of its candidate roles).</summary>
    public ValueTask<InstanceState> ClaimTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default) =>
        OnTaskAsync(taskId, new ClaimTaskStimulus(taskId, actor), cancellationToken);

    /// <summary>Gives a claimed task back to its candidate roles.</summary>
    public ValueTask<InstanceState> ReleaseTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default) =>
        OnTaskAsync(taskId, new ReleaseTaskStimulus(taskId, actor), cancellationToken);

    /// <summary>
    /// Completes a task with an outcome and data (merged into the variables). Throws
    /// <see cref="TaskAlreadyCompletedException"/> (with who completed it) when someone else was first.
    /// </summary>
    public ValueTask<InstanceState> CompleteTaskAsync(Guid taskId, string? outcome, IReadOnlyDictionary<string, object?>? data, Actor actor, CancellationToken cancellationToken = default) =>
        OnTaskAsync(taskId, new CompleteTaskStimulus(taskId, outcome, data, actor), cancellationToken);

    /// <summary>Delivers a message to every open subscription with this name and correlation key; returns how many were resumed.</summary>
    public async ValueTask<int> CorrelateMessageAsync(string messageName, string? correlationKey, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken = default)
    {
        var subscriptions = await _store.FindMessageSubscriptionsAsync(messageName, correlationKey, cancellationToken).ConfigureAwait(false);
        var delivered = 0;
        foreach (var subscription in subscriptions)
        {
            var (_, changed) = await ExecuteAsync(subscription.InstanceId, new DeliverMessageStimulus(subscription.Id, payload), cancellationToken).ConfigureAwait(false);
            delivered += changed ? 1 : 0;
        }

        return delivered;
    }

    /// <summary>Resumes one subscription directly (a callback for a waiting activity); false when it is no longer open.</summary>
    public async ValueTask<bool> ResumeAsync(Guid instanceId, Guid subscriptionId, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(instanceId, new DeliverMessageStimulus(subscriptionId, payload), cancellationToken).ConfigureAwait(false)).Changed;

    /// <summary>
    /// Fires a due timer or incident retry. Returns false and does nothing when the wait is already resolved (or
    /// the instance is gone); a fire before the committed due time reschedules it instead.
    /// </summary>
    public async ValueTask<bool> FireTimerAsync(Guid instanceId, Guid timerId, CancellationToken cancellationToken = default)
    {
        InstanceState after;
        bool changed;
        try
        {
            (after, changed) = await ExecuteAsync(instanceId, new FireTimerStimulus(timerId), cancellationToken).ConfigureAwait(false);
        }
        catch (InstanceNotFoundException)
        {
            return false;
        }

        if (!changed && after.Waits.Find(w => w.Id == timerId) is { DueAt: { } due })
        {
            await ScheduleAsync([new TimerScheduled(instanceId, timerId, "", due)], cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    /// <summary>Cancels an instance: every token is withdrawn, open tasks are cancelled, the instance is terminated.</summary>
    public async ValueTask<InstanceState> CancelAsync(Guid instanceId, Actor actor, string? reason, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(instanceId, new CancelStimulus(actor, reason), cancellationToken).ConfigureAwait(false)).State;

    /// <summary>An administrator retries a failed element now (after the automatic retries, or instead of waiting for the next).</summary>
    public async ValueTask<InstanceState> RetryIncidentAsync(Guid instanceId, Guid incidentId, Actor actor, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(instanceId, new RetryIncidentStimulus(incidentId, actor), cancellationToken).ConfigureAwait(false)).State;

    /// <summary>
    /// Hands every pending timer of the store to the scheduler again. The host calls it at start-up, so a crash
    /// between a commit and the scheduling of its timers loses nothing. Returns how many were scheduled.
    /// </summary>
    public async ValueTask<int> RecoverTimersAsync(CancellationToken cancellationToken = default)
    {
        var pending = await _store.GetPendingTimersAsync(DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
        foreach (var timer in pending)
        {
            await ScheduleAsync([new TimerScheduled(timer.InstanceId, timer.TimerId, "", timer.DueAt)], cancellationToken).ConfigureAwait(false);
        }

        return pending.Count;
    }

    /// <summary>Fires every timer of the store that is due now (a fallback sweep needing no scheduler); returns how many fired.</summary>
    public async ValueTask<int> FireDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var fired = 0;
        var due = await _store.GetPendingTimersAsync(Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        foreach (var timer in due)
        {
            fired += await FireTimerAsync(timer.InstanceId, timer.TimerId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return fired;
    }

    // ---- queries ----------------------------------------------------------------------------------------

    /// <summary>The committed state of an instance, or <c>null</c>.</summary>
    public ValueTask<InstanceState?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        _store.LoadAsync(instanceId, cancellationToken);

    /// <summary>A task, open or closed, or <c>null</c>.</summary>
    public ValueTask<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        _store.GetTaskAsync(taskId, cancellationToken);

    /// <summary>Tasks matching a query (an inbox).</summary>
    public ValueTask<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) =>
        _store.QueryTasksAsync(query, cancellationToken);

    /// <summary>The journal of an instance.</summary>
    public ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        _store.GetJournalAsync(instanceId, cancellationToken);

    /// <summary>Open incidents of one instance, or of all.</summary>
    public ValueTask<IReadOnlyList<Incident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) =>
        _store.GetOpenIncidentsAsync(instanceId, cancellationToken);

    // ---- the step loop ----------------------------------------------------------------------------------

    private async ValueTask<InstanceState> OnTaskAsync(Guid taskId, Stimulus stimulus, CancellationToken cancellationToken)
    {
        // A task open in a state the store holds needs no lookup: if it closed meanwhile, the step says so below.
        var instanceId = _store.GetHeldTaskInstance(taskId);
        if (instanceId is null)
        {
            var task = await _store.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false) ?? throw new TaskNotFoundException(taskId);
            ThrowIfClosed(task);
            instanceId = task.InstanceId;
        }

        try
        {
            return (await ExecuteAsync(instanceId.Value, stimulus, cancellationToken).ConfigureAwait(false)).State;
        }
        catch (WorkflowException ex) when (ex is TaskNotFoundException or InstanceEndedException)
        {
            // The task closed between our read and the step (typically a colleague completed it): say so.
            var now = await _store.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
            if (now is not null)
            {
                ThrowIfClosed(now);
            }

            if (ex is InstanceEndedException)
            {
                throw new TaskWithdrawnException(taskId);
            }

            throw;
        }
    }

    private static void ThrowIfClosed(UserTaskRecord task)
    {
        switch (task.Status)
        {
            case UserTaskStatus.Completed:
                throw new TaskAlreadyCompletedException(task.Id, task.CompletedBy, task.ClosedAt);
            case UserTaskStatus.Cancelled:
                throw new TaskWithdrawnException(task.Id);
            default:
                return;
        }
    }

    /// <summary>
    /// Load, step, commit; on a concurrency conflict again on the fresh state. The first attempt uses the state
    /// the store holds in memory, if any, without reading: it may be outdated, so it is trusted only through the
    /// commit's version check, and any other outcome on it (the step changes nothing, or fails: a timer or task
    /// that an outdated state does not know yet) is decided again on the loaded state.
    /// </summary>
    private async ValueTask<(InstanceState State, bool Changed)> ExecuteAsync(Guid instanceId, Stimulus stimulus, CancellationToken cancellationToken)
    {
        var held = _store.GetHeldState(instanceId);
        for (var attempt = held is null ? 0 : -1; ; attempt++)
        {
            var fromMemory = held is not null;
            var state = held ?? await _store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false) ?? throw new InstanceNotFoundException(instanceId);
            held = null;
            StepResult result;
            try
            {
                var definition = await GetDefinitionAsync(state.DefinitionKey, state.DefinitionVersion, cancellationToken).ConfigureAwait(false);
                result = await _executor.ExecuteAsync(definition, state, stimulus, Clock, cancellationToken).ConfigureAwait(false);
            }
            catch (WorkflowException) when (fromMemory)
            {
                continue;
            }

            if (!result.Changed)
            {
                if (fromMemory)
                {
                    continue;
                }

                return (state, false);
            }

            result.State.Version = state.Version + 1;
            try
            {
                await _store.CommitAsync(new StepCommit(result.State, state.Version, result.Effects, result.Journal), cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < Options.MaxConflictRetries)
            {
                continue;
            }

            await ScheduleAsync(result.Effects, cancellationToken).ConfigureAwait(false);
            return (result.State, true);
        }
    }

    private async ValueTask ScheduleAsync(IReadOnlyList<WorkflowEffect> effects, CancellationToken cancellationToken)
    {
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i];
            var timerId = effect switch
            {
                TimerScheduled s => s.TimerId,
                TimerCancelled c => c.TimerId,
                _ => Guid.Empty,
            };
            if (timerId == Guid.Empty)
            {
                continue;
            }

            try
            {
                if (effect is TimerScheduled scheduled)
                {
                    await _scheduler.ScheduleAsync(scheduled.TimerId, scheduled.InstanceId, scheduled.DueAt, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _scheduler.CancelAsync(timerId, cancellationToken).ConfigureAwait(false);
                }
            }
#pragma warning disable CA1031 // Scheduling is best-effort after commit: the store holds the truth, RecoverTimersAsync repairs.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                Options.OnSchedulerError?.Invoke(timerId, ex);
            }
        }
    }
}
