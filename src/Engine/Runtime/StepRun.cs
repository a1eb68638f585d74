using System.Globalization;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Expressions;
using WorkflowOffice.Engine.Runtime.Effects;
using WorkflowOffice.Engine.Runtime.Stimuli;

namespace WorkflowOffice.Engine.Runtime;

/// <summary>
/// One execution of <see cref="WorkflowExecutor.ExecuteAsync"/>: applies a stimulus to a copy of the state, then
/// moves active tokens until every token waits. Only tokens at rest are stored in the state; active ones live in
/// the work queue of the step.
/// </summary>
internal sealed class StepRun
{
    private readonly ProcessDefinition _definition;
    private readonly InstanceState _state;
    private readonly TimeProvider _clock;
    private readonly WorkflowRuntimeOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly DateTimeOffset _now;
    private readonly List<WorkflowEffect> _effects = new(8);
    private readonly List<JournalEntry> _journal = new(16);
    private readonly Queue<TokenState> _queue = new();
    private readonly FeelScope _scope;
    private string _actor = Actor.System.Id;
    private int _entered;

    public StepRun(ProcessDefinition definition, InstanceState? state, TimeProvider clock, WorkflowRuntimeOptions options, CancellationToken cancellationToken)
    {
        _definition = definition;
        _clock = clock;
        _options = options;
        _cancellationToken = cancellationToken;
        _now = clock.GetUtcNow();
        _state = state?.Clone() ?? new InstanceState();
        _scope = new FeelScope(_state.Variables, clock);
    }

    public async ValueTask<StepResult> RunAsync(Stimulus stimulus)
    {
        var changed = stimulus switch
        {
            StartStimulus start => Start(start),
            CompleteTaskStimulus complete => CompleteTask(complete),
            ClaimTaskStimulus claim => ClaimTask(claim),
            ReleaseTaskStimulus release => ReleaseTask(release),
            FireTimerStimulus fire => await FireTimerAsync(fire).ConfigureAwait(false),
            DeliverMessageStimulus message => DeliverMessage(message),
            CancelStimulus cancel => Cancel(cancel),
            RetryIncidentStimulus retry => await RetryIncidentAsync(retry).ConfigureAwait(false),
            _ => throw new ArgumentException($"Unknown stimulus {stimulus.GetType().Name}.", nameof(stimulus)),
        };

        if (!changed)
        {
            return new StepResult(_state, [], [], Changed: false);
        }

        await DrainAsync().ConfigureAwait(false);
        if (_state.Status is not (InstanceStatus.Completed or InstanceStatus.Terminated))
        {
            _state.Status = _state.Incidents.Count > 0 && _state.Incidents.Exists(i => i.Status == IncidentStatus.Open && i.NextRetryAt is null)
                ? InstanceStatus.Faulted
                : InstanceStatus.Waiting;
        }

        return new StepResult(_state, _effects, _journal);
    }

    // ---- stimuli ----------------------------------------------------------------------------------------

    private bool Start(StartStimulus start)
    {
        _actor = start.Actor.Id;
        _state.InstanceId = start.InstanceId;
        _state.DefinitionKey = _definition.Key;
        _state.DefinitionVersion = _definition.Version;
        _state.BusinessKey = start.BusinessKey;
        _state.Status = InstanceStatus.Running;
        _state.StartedAt = _now;
        VariableValues.MergeInto(_state.Variables, start.Variables);
        Journal(JournalKind.InstanceStarted, null, detail: start.BusinessKey);
        _queue.Enqueue(new TokenState(Ids.Next(), _definition.Nodes[_definition.StartNode].Id, null, TokenStatus.Active, null));
        return true;
    }

    private bool CompleteTask(CompleteTaskStimulus complete)
    {
        var (wait, task) = FindTask(complete.TaskId);
        var actor = complete.Actor;
        CheckMayWork(task, actor);
        if (task.Outcomes.Count > 0 && (complete.Outcome is null || !task.Outcomes.Contains(complete.Outcome)))
        {
            throw new InvalidOutcomeException(task.ElementId, complete.Outcome, task.Outcomes);
        }

        _actor = actor.Id;
        var node = _definition[wait.ElementId];
        VariableValues.MergeInto(_state.Variables, complete.Data);
        ApplyOutputs(node, null, complete.Outcome);
        RemoveWait(wait);
        var closed = task with { Status = UserTaskStatus.Completed, CompletedBy = actor.Id, ClosedAt = _now, Outcome = complete.Outcome, Assignee = task.Assignee ?? actor.Id };
        _effects.Add(new TaskClosed(closed));
        Journal(JournalKind.TaskCompleted, node.Id, task.Id, complete.Outcome);
        LeaveWaitingActivity(TakeToken(wait.TokenId), node);
        return true;
    }

    private bool ClaimTask(ClaimTaskStimulus claim)
    {
        var (wait, task) = FindTask(claim.TaskId);
        CheckMayWork(task, claim.Actor);
        if (task.Assignee == claim.Actor.Id)
        {
            return false;
        }

        _actor = claim.Actor.Id;
        UpdateTask(wait, task with { Assignee = claim.Actor.Id });
        Journal(JournalKind.TaskClaimed, task.ElementId, task.Id);
        return true;
    }

    private bool ReleaseTask(ReleaseTaskStimulus release)
    {
        var (wait, task) = FindTask(release.TaskId);
        if (task.Assignee is null)
        {
            return false;
        }

        if (task.Assignee != release.Actor.Id && !release.Actor.IsSystem)
        {
            throw new TaskClaimedByOtherException(task.Id, task.Assignee);
        }

        _actor = release.Actor.Id;
        UpdateTask(wait, task with { Assignee = null });
        Journal(JournalKind.TaskReleased, task.ElementId, task.Id);
        return true;
    }

    private async ValueTask<bool> FireTimerAsync(FireTimerStimulus fire)
    {
        var wait = _state.Waits.Find(w => w.Id == fire.TimerId && w.Kind is WaitKind.Timer or WaitKind.IncidentRetry);

        // A fire for a resolved wait, or an early fire (the committed due time is the truth), does nothing.
        if (wait is null || wait.DueAt > _now)
        {
            return false;
        }

        RemoveWait(wait, cancelTimer: false);
        if (wait.Kind == WaitKind.IncidentRetry)
        {
            var incident = _state.Incidents.Find(i => i.Id == wait.IncidentId)!;
            await RetryAsync(incident).ConfigureAwait(false);
            return true;
        }

        var node = _definition[wait.ElementId];
        Journal(JournalKind.TimerFired, node.Id, wait.Id);
        if (node.Kind == NodeKind.BoundaryEvent)
        {
            FireBoundary(wait, node);
        }
        else
        {
            LeaveWaitingActivity(TakeToken(wait.TokenId), node);
        }

        return true;
    }

    private bool DeliverMessage(DeliverMessageStimulus message)
    {
        var wait = _state.Waits.Find(w => w.Id == message.SubscriptionId && w.Kind == WaitKind.Message);
        if (wait is null)
        {
            return false;
        }

        var node = _definition[wait.ElementId];
        RemoveWait(wait);
        Journal(JournalKind.MessageReceived, node.Id, wait.Id, wait.MessageName);
        if (node.Kind == NodeKind.BoundaryEvent)
        {
            VariableValues.MergeInto(_state.Variables, message.Payload);
            FireBoundary(wait, node);
        }
        else
        {
            ApplyOutputs(node, message.Payload, null);
            LeaveWaitingActivity(TakeToken(wait.TokenId), node);
        }

        return true;
    }

    private bool Cancel(CancelStimulus cancel)
    {
        _actor = cancel.Actor.Id;
        foreach (var token in _state.Tokens.Where(t => t.ScopeId is null).ToList())
        {
            CancelToken(token);
        }

        _state.Status = InstanceStatus.Terminated;
        _state.EndedAt = _now;
        Journal(JournalKind.InstanceCancelled, null, detail: cancel.Reason);
        return true;
    }

    private async ValueTask<bool> RetryIncidentAsync(RetryIncidentStimulus retry)
    {
        var incident = _state.Incidents.Find(i => i.Id == retry.IncidentId && i.Status == IncidentStatus.Open)
            ?? throw new IncidentNotFoundException(retry.IncidentId);
        _actor = retry.Actor.Id;
        var pending = _state.Waits.Find(w => w.Kind == WaitKind.IncidentRetry && w.IncidentId == incident.Id);
        if (pending is not null)
        {
            RemoveWait(pending);
        }

        await RetryAsync(incident).ConfigureAwait(false);
        return true;
    }

    // ---- token movement ---------------------------------------------------------------------------------

    private async ValueTask DrainAsync()
    {
        while (_queue.Count > 0)
        {
            var token = _queue.Dequeue();
            if (++_entered > _options.MaxElementsPerStep)
            {
                throw new WorkflowException($"The instance entered more than {_options.MaxElementsPerStep} elements in one step: the model loops without a wait state (last at '{token.ElementId}').");
            }

            await EnterAsync(token).ConfigureAwait(false);
        }
    }

    private async ValueTask EnterAsync(TokenState token)
    {
        var node = _definition[token.ElementId];
        Journal(JournalKind.ElementEntered, node.Id);
        switch (node.Kind)
        {
            case NodeKind.StartEvent or NodeKind.BoundaryEvent:
                Leave(token, node, node.Outgoing);
                break;
            case NodeKind.EndEvent:
                Journal(JournalKind.ElementLeft, node.Id);
                CompleteScopeIfDone(token.ScopeId);
                break;
            case NodeKind.TerminateEndEvent:
                Journal(JournalKind.ElementLeft, node.Id);
                Terminate(token.ScopeId);
                break;
            case NodeKind.UserTask:
                OpenUserTask(token, node);
                break;
            case NodeKind.ServiceTask when node.Activity is null:
                Leave(token, node, node.Outgoing);
                break;
            case NodeKind.ServiceTask:
                await RunActivityAsync(token, node, null).ConfigureAwait(false);
                break;
            case NodeKind.ExclusiveGateway:
                ChooseFlow(token, node, null);
                break;
            case NodeKind.ParallelGateway when node.Incoming.Count > 1:
                Join(token, node);
                break;
            case NodeKind.ParallelGateway:
                Leave(token, node, node.Outgoing);
                break;
            case NodeKind.TimerCatchEvent:
                Park(token);
                OpenTimer(token.Id, node, node.Timer!.DueAt(_now), 0);
                break;
            case NodeKind.MessageCatchEvent:
                Park(token);
                OpenSubscription(token.Id, node, node.MessageName!, EvaluateKey(node));
                OpenBoundaries(token, node);
                break;
            case NodeKind.SubProcess:
                Park(token);
                if (node.DueIn is { } stageDue)
                {
                    (_state.ScopeDeadlines ??= [])[token.Id] = stageDue.AddTo(_now);
                }

                OpenBoundaries(token, node);
                _queue.Enqueue(new TokenState(Ids.Next(), _definition.Nodes[node.StartNode].Id, token.Id, TokenStatus.Active, null));
                break;
            default:
                throw new InvalidOperationException($"No behaviour for {node.Kind}.");
        }
    }

    private void Leave(TokenState token, FlowNode node, IReadOnlyList<SequenceFlow> flows)
    {
        Journal(JournalKind.ElementLeft, node.Id);
        if (flows.Count == 0)
        {
            // An element without outgoing flows ends its token (BPMN implicit end).
            CompleteScopeIfDone(token.ScopeId);
            return;
        }

        for (var i = 0; i < flows.Count; i++)
        {
            var flow = flows[i];
            _queue.Enqueue(new TokenState(i == 0 ? token.Id : Ids.Next(), _definition.Nodes[flow.Target].Id, token.ScopeId, TokenStatus.Active, flow.Id));
        }
    }

    private void Leave(TokenState token, FlowNode node, SequenceFlow flow)
    {
        Journal(JournalKind.ElementLeft, node.Id);
        _queue.Enqueue(new TokenState(token.Id, _definition.Nodes[flow.Target].Id, token.ScopeId, TokenStatus.Active, flow.Id));
    }

    /// <summary>An activity or catch event that was waiting ends normally: its boundary events close, the token moves on.</summary>
    private void LeaveWaitingActivity(TokenState token, FlowNode node)
    {
        CloseWaitsOf(token.Id);
        Leave(token with { Status = TokenStatus.Active }, node, node.Outgoing);
    }

    private void Park(TokenState token) => _state.Tokens.Add(token with { Status = TokenStatus.Waiting });

    private TokenState TakeToken(Guid tokenId)
    {
        var tokens = _state.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Id == tokenId)
            {
                var token = tokens[i];
                tokens.RemoveAt(i);
                return token;
            }
        }

        throw new InvalidOperationException($"Token {tokenId} is not in the state.");
    }

    private void ChooseFlow(TokenState token, FlowNode node, Incident? incident)
    {
        SequenceFlow? chosen = null;
        var outgoing = node.Outgoing;
        for (var i = 0; i < outgoing.Count; i++)
        {
            var flow = outgoing[i];
            if (flow.Condition is not null && flow.Condition.IsTrue(_scope))
            {
                chosen = flow;
                break;
            }
        }

        chosen ??= node.DefaultFlow ?? (node.Outgoing.Count == 1 && node.Outgoing[0].Condition is null ? node.Outgoing[0] : null);
        if (chosen is null)
        {
            RaiseIncident(token, node, incident, "NoMatchingFlow", "No condition of the exclusive gateway is true and it has no default flow.", retriable: false);
            return;
        }

        if (incident is not null)
        {
            ResolveIncident(incident);
            token = TakeToken(token.Id) with { Status = TokenStatus.Active };
        }

        Leave(token, node, chosen);
    }

    private void Join(TokenState token, FlowNode node)
    {
        _state.Tokens.Add(token with { Status = TokenStatus.Joining });
        var arrived = new List<TokenState>(node.Incoming.Count);
        foreach (var flowId in node.Incoming)
        {
            var waiting = _state.Tokens.Find(t => t.Status == TokenStatus.Joining && t.ElementId == node.Id && t.ScopeId == token.ScopeId && t.ArrivedVia == flowId);
            if (waiting is null)
            {
                return;
            }

            arrived.Add(waiting);
        }

        foreach (var joined in arrived)
        {
            _state.Tokens.Remove(joined);
        }

        Leave(token with { Status = TokenStatus.Active }, node, node.Outgoing);
    }

    private void CompleteScopeIfDone(Guid? scopeId)
    {
        foreach (var token in _state.Tokens)
        {
            if (token.ScopeId == scopeId)
            {
                return;
            }
        }

        foreach (var token in _queue)
        {
            if (token.ScopeId == scopeId)
            {
                return;
            }
        }

        if (scopeId is null)
        {
            _state.Status = InstanceStatus.Completed;
            _state.EndedAt = _now;
            Journal(JournalKind.InstanceCompleted, null);
            return;
        }

        var subProcess = TakeToken(scopeId.Value);
        _state.ScopeDeadlines?.Remove(subProcess.Id);
        LeaveWaitingActivity(subProcess, _definition[subProcess.ElementId]);
    }

    private void Terminate(Guid? scopeId)
    {
        var cancelled = new HashSet<Guid>();
        foreach (var token in _state.Tokens.Where(t => t.ScopeId == scopeId).ToList())
        {
            CancelToken(token, cancelled);
        }

        var remaining = _queue.Where(t => t.ScopeId != scopeId && (t.ScopeId is null || !cancelled.Contains(t.ScopeId.Value))).ToList();
        _queue.Clear();
        if (scopeId is null)
        {
            _state.Status = InstanceStatus.Terminated;
            _state.EndedAt = _now;
            Journal(JournalKind.InstanceTerminated, null);
            return;
        }

        foreach (var token in remaining)
        {
            _queue.Enqueue(token);
        }

        CompleteScopeIfDone(scopeId);
    }

    /// <summary>Withdraws a stored token, its wait states, its incident and (for a sub-process) everything inside.</summary>
    private void CancelToken(TokenState token, HashSet<Guid>? cancelled = null)
    {
        cancelled?.Add(token.Id);
        _state.Tokens.Remove(token);
        _state.ScopeDeadlines?.Remove(token.Id);
        foreach (var inner in _state.Tokens.Where(t => t.ScopeId == token.Id).ToList())
        {
            CancelToken(inner, cancelled);
        }

        CloseWaitsOf(token.Id);
        for (var i = 0; i < _state.Incidents.Count; i++)
        {
            var incident = _state.Incidents[i];
            if (incident.TokenId == token.Id && incident.Status == IncidentStatus.Open)
            {
                var closed = incident with { Status = IncidentStatus.Cancelled, ResolvedAt = _now, ResolvedBy = _actor, NextRetryAt = null };
                _state.Incidents[i] = closed;
                _effects.Add(new IncidentResolved(closed));
            }
        }

        if (token.Status != TokenStatus.Joining)
        {
            Journal(JournalKind.ElementCancelled, token.ElementId);
        }
    }

    // ---- wait states ------------------------------------------------------------------------------------

    /// <summary>The due date of the nearest enclosing sub-process that has one (a task without its own <c>wo:dueIn</c>
    /// is due when its stage is: STEP-5's committee vote inside the two-week review).</summary>
    private DateTimeOffset? StageDeadline(Guid? scopeId)
    {
        while (scopeId is { } id && _state.ScopeDeadlines is { } deadlines)
        {
            if (deadlines.TryGetValue(id, out var due))
            {
                return due;
            }

            scopeId = _state.Tokens.Find(t => t.Id == id)?.ScopeId;
        }

        return null;
    }

    private void OpenUserTask(TokenState token, FlowNode node)
    {
        Park(token);
        var id = Ids.Next();
        var task = new UserTaskRecord(
            id, _state.InstanceId, _state.DefinitionKey, _state.BusinessKey, node.Id, node.Name, node.CandidateRoles, null, _now,
            node.DueIn?.AddTo(_now) ?? StageDeadline(token.ScopeId), node.Priority, node.Form, node.Outcomes);
        _state.Waits.Add(new WaitState(id, WaitKind.UserTask, token.Id, node.Id, task.DueAt, Task: task));
        _effects.Add(new TaskCreated(task));
        Journal(JournalKind.TaskCreated, node.Id, id, node.Name);
        OpenBoundaries(token, node);
    }

    private void OpenBoundaries(TokenState token, FlowNode node)
    {
        var boundaries = node.Boundaries;
        for (var i = 0; i < boundaries.Count; i++)
        {
            var boundary = _definition.Nodes[boundaries[i]];
            if (boundary.Timer is not null)
            {
                OpenTimer(token.Id, boundary, boundary.Timer.DueAt(_now), 0);
            }
            else
            {
                OpenSubscription(token.Id, boundary, boundary.MessageName!, EvaluateKey(boundary));
            }
        }
    }

    private void OpenTimer(Guid tokenId, FlowNode node, DateTimeOffset dueAt, int occurrence)
    {
        var id = Ids.Next();
        _state.Waits.Add(new WaitState(id, WaitKind.Timer, tokenId, node.Id, dueAt, Occurrence: occurrence));
        _effects.Add(new TimerScheduled(_state.InstanceId, id, node.Id, dueAt));
        Journal(JournalKind.TimerScheduled, node.Id, id, dueAt.ToString("O", CultureInfo.InvariantCulture));
    }

    private void OpenSubscription(Guid tokenId, FlowNode node, string messageName, string? correlationKey)
    {
        var id = Ids.Next();
        _state.Waits.Add(new WaitState(id, WaitKind.Message, tokenId, node.Id, MessageName: messageName, CorrelationKey: correlationKey));
        _effects.Add(new MessageSubscriptionOpened(new MessageSubscription(id, _state.InstanceId, node.Id, messageName, correlationKey)));
    }

    private void RemoveWait(WaitState wait, bool cancelTimer = true)
    {
        _state.Waits.Remove(wait);
        switch (wait.Kind)
        {
            case WaitKind.Timer or WaitKind.IncidentRetry when cancelTimer:
                _effects.Add(new TimerCancelled(_state.InstanceId, wait.Id));
                break;
            case WaitKind.Message:
                _effects.Add(new MessageSubscriptionClosed(_state.InstanceId, wait.Id));
                break;
            default:
                break;
        }
    }

    /// <summary>Closes every wait state of a token: its task (cancelled), its boundary timers and subscriptions, its retry.</summary>
    private void CloseWaitsOf(Guid tokenId)
    {
        for (var i = _state.Waits.Count - 1; i >= 0; i--)
        {
            var wait = _state.Waits[i];
            if (wait.TokenId != tokenId)
            {
                continue;
            }

            RemoveWait(wait);
            if (wait.Task is { } task)
            {
                _effects.Add(new TaskClosed(task with { Status = UserTaskStatus.Cancelled, ClosedAt = _now }));
                Journal(JournalKind.TaskCancelled, task.ElementId, task.Id);
            }
        }
    }

    private void FireBoundary(WaitState wait, FlowNode boundary)
    {
        var attached = _state.Tokens.Find(t => t.Id == wait.TokenId)!;
        if (boundary.CancelActivity)
        {
            CancelToken(attached);
        }
        else if (boundary.Timer is { Kind: TimerKind.Cycle } cycle && cycle.HasOccurrence(wait.Occurrence + 1))
        {
            OpenTimer(attached.Id, boundary, cycle.Interval.AddTo(wait.DueAt ?? _now), wait.Occurrence + 1);
        }
        else if (boundary.MessageName is not null)
        {
            // A non-interrupting message boundary keeps listening while its activity is active.
            OpenSubscription(attached.Id, boundary, boundary.MessageName, wait.CorrelationKey);
        }

        _queue.Enqueue(new TokenState(Ids.Next(), boundary.Id, attached.ScopeId, TokenStatus.Active, null));
    }

    private (WaitState Wait, UserTaskRecord Task) FindTask(Guid taskId)
    {
        WaitState? wait = null;
        foreach (var candidate in _state.Waits)
        {
            if (candidate.Id == taskId && candidate.Kind == WaitKind.UserTask)
            {
                wait = candidate;
                break;
            }
        }

        return wait?.Task is null ? throw new TaskNotFoundException(taskId) : (wait, wait.Task);
    }

    private static void CheckMayWork(UserTaskRecord task, Actor actor)
    {
        if (actor.IsSystem)
        {
            return;
        }

        if (task.Assignee is not null && task.Assignee != actor.Id)
        {
            throw new TaskClaimedByOtherException(task.Id, task.Assignee);
        }

        if (task.CandidateRoles.Count > 0 && !task.CandidateRoles.Any(actor.Roles.Contains))
        {
            throw new NotCandidateException(task.Id, actor.Id, task.CandidateRoles);
        }
    }

    private void UpdateTask(WaitState wait, UserTaskRecord task)
    {
        _state.Waits[_state.Waits.IndexOf(wait)] = wait with { Task = task };
        _effects.Add(new TaskUpdated(task));
    }

    // ---- activities and incidents -----------------------------------------------------------------------

    private async ValueTask RunActivityAsync(TokenState token, FlowNode node, Incident? incident)
    {
        var activity = node.Activity!;
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in node.Attributes)
        {
            inputs[name] = value;
        }

        foreach (var (name, expression) in node.Inputs)
        {
            inputs[name] = expression.Evaluate(_scope);
        }

        var context = new ActivityContext(
            _state.InstanceId, _state.DefinitionKey, _state.BusinessKey, node.Id, inputs, node.Attributes, _state.Variables,
            _clock, (incident?.Attempts ?? 0) + 1, _cancellationToken);
        ActivityResult result;
        try
        {
            result = await activity.ExecuteAsync(context).ConfigureAwait(false);
            if (!result.IsWait && node.Outcomes.Count > 0 && (result.Outcome is null || !node.Outcomes.Contains(result.Outcome)))
            {
                throw new InvalidOutcomeException(node.Id, result.Outcome, node.Outcomes);
            }
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of an activity becomes an incident; that is the contract.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            RaiseIncident(token, node, incident, ex.GetType().Name, ex.Message, retriable: true);
            return;
        }

        _effects.AddRange(context.Effects);
        if (incident is not null)
        {
            ResolveIncident(incident);
        }

        var stored = incident is not null;
        if (result.IsWait)
        {
            if (!stored)
            {
                Park(token);
                OpenBoundaries(token, node);
            }

            OpenSubscription(token.Id, node, result.MessageName!, result.CorrelationKey);
            return;
        }

        ApplyOutputs(node, result.Outputs, result.Outcome);
        if (stored)
        {
            LeaveWaitingActivity(TakeToken(token.Id), node);
        }
        else
        {
            Leave(token, node, node.Outgoing);
        }
    }

    private async ValueTask RetryAsync(Incident incident)
    {
        var token = _state.Tokens.Find(t => t.Id == incident.TokenId)!;
        var node = _definition[incident.ElementId];
        if (node.Kind == NodeKind.ExclusiveGateway)
        {
            ChooseFlow(token, node, incident);
        }
        else
        {
            await RunActivityAsync(token, node, incident).ConfigureAwait(false);
        }
    }

    private void RaiseIncident(TokenState token, FlowNode node, Incident? previous, string errorType, string message, bool retriable)
    {
        var attempts = (previous?.Attempts ?? 0) + 1;
        var delays = _options.IncidentRetryDelays;
        DateTimeOffset? nextRetry = retriable && attempts <= delays.Count ? _now + delays[attempts - 1] : null;
        var incident = previous is null
            ? new Incident(Ids.Next(), _state.InstanceId, token.Id, node.Id, errorType, message, attempts, _now, _now, nextRetry)
            : previous with { ErrorType = errorType, ErrorMessage = message, Attempts = attempts, LastFailedAt = _now, NextRetryAt = nextRetry };
        if (previous is null)
        {
            _state.Incidents.Add(incident);
            Park(token);
            OpenBoundaries(token, node);
        }
        else
        {
            _state.Incidents[_state.Incidents.FindIndex(i => i.Id == previous.Id)] = incident;
        }

        _effects.Add(new IncidentRaised(incident));
        Journal(JournalKind.IncidentRaised, node.Id, incident.Id, message);
        if (nextRetry is { } due)
        {
            var id = Ids.Next();
            _state.Waits.Add(new WaitState(id, WaitKind.IncidentRetry, token.Id, node.Id, due, IncidentId: incident.Id));
            _effects.Add(new TimerScheduled(_state.InstanceId, id, node.Id, due));
        }
    }

    private void ResolveIncident(Incident incident)
    {
        var resolved = incident with { Status = IncidentStatus.Resolved, ResolvedAt = _now, ResolvedBy = _actor, NextRetryAt = null };
        _state.Incidents[_state.Incidents.FindIndex(i => i.Id == incident.Id)] = resolved;
        _effects.Add(new IncidentResolved(resolved));
        Journal(JournalKind.IncidentResolved, incident.ElementId, incident.Id);
    }

    // ---- data -------------------------------------------------------------------------------------------

    private void ApplyOutputs(FlowNode node, IReadOnlyDictionary<string, object?>? outputs, string? outcome)
    {
        if (outcome is not null)
        {
            _state.Variables["outcome"] = outcome;
        }

        if (node.Outputs.Count == 0 || node.Kind == NodeKind.UserTask)
        {
            VariableValues.MergeInto(_state.Variables, outputs);
            if (node.Outputs.Count == 0)
            {
                return;
            }
        }

        // wo:output mappings see the variables overlaid with the activity's outputs.
        var view = new Dictionary<string, object?>(_state.Variables, StringComparer.Ordinal);
        VariableValues.MergeInto(view, outputs);
        var scope = new FeelScope(view, _clock);
        foreach (var (name, expression) in node.Outputs)
        {
            _state.Variables[name] = VariableValues.Normalize(expression.Evaluate(scope));
        }
    }

    private string? EvaluateKey(FlowNode node) => node.CorrelationKey?.Evaluate(_scope) switch
    {
        null => null,
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        var other => VariableValues.Normalize(other)?.ToString(),
    };

    private void Journal(JournalKind kind, string? elementId, Guid? referenceId = null, string? detail = null) =>
        _journal.Add(new JournalEntry(_state.InstanceId, ++_state.JournalSequence, _now, kind, elementId, _actor, referenceId, detail));
}
