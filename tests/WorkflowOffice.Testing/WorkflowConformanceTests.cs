using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Testing;

/// <summary>
/// The behaviour every store must give the engine: one small model per element and per combination, each
/// asserting the exact path (the journal's entered elements) and the final state, plus crash-safety and races.
/// Subclass it with a factory for the store under test (in memory here, PostgreSQL in the host's tests).
/// Time is a <see cref="ManualTimeProvider"/> driving the in-memory scheduler: nothing sleeps.
/// </summary>
public abstract class WorkflowConformanceTests : IAsyncLifetime
{
    private WorkflowBackend? _backend;

    /// <summary>The test clock.</summary>
    protected ManualTimeProvider Clock { get; } = new();

    /// <summary>Activities of the models.</summary>
    protected ActivityRegistry Activities { get; } = TestActivities.Create();

    /// <summary>The store under test, wrapped to inject failures.</summary>
    protected FaultInjectingStore Store { get; private set; } = null!;

    /// <summary>The scheduler on the test clock.</summary>
    protected InMemoryTimerScheduler Scheduler { get; private set; } = null!;

    /// <summary>The runtime under test.</summary>
    protected WorkflowRuntime Runtime { get; private set; } = null!;

    /// <summary>Errors the runtime reported from the scheduler.</summary>
    protected List<Exception> SchedulerErrors { get; } = [];

    /// <summary>Creates the store and definition repository under test (a fresh, empty one per test class instance).</summary>
    protected abstract Task<WorkflowBackend> CreateBackendAsync();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _backend = await CreateBackendAsync();
        Store = new FaultInjectingStore(_backend.Store);
        Scheduler = new InMemoryTimerScheduler(Clock);
        Runtime = NewRuntime(Scheduler);
        Scheduler.Connect(Runtime);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Scheduler.Dispose();
        if (_backend?.Owner is { } owner)
        {
            await owner.DisposeAsync();
        }
    }

    // ---- elements ---------------------------------------------------------------------------------------

    [Fact]
    public async Task NoneStartToNoneEnd_CompletesAtOnce()
    {
        var key = await DeployAsync(Process("p", """<bpmn:startEvent id="start" /><bpmn:endEvent id="end" />""" + Chain("start", "end")));

        var state = await StartAsync(key);

        state.Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "end");
        var journal = await Runtime.GetJournalAsync(state.InstanceId);
        journal[0].Kind.Should().Be(JournalKind.InstanceStarted);
        journal[^1].Kind.Should().Be(JournalKind.InstanceCompleted);
        journal.Select(e => e.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task UserTask_OpensTaskWithItsAttributes_AndCompletesWithOutcome()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="verify" name="Verify information" wo:role="RelationsOfficer,SocialResearcher" wo:dueIn="P3D" wo:priority="70" wo:form="verify-form" wo:outcomes="complete,incomplete" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "verify", "end")));

        var state = await StartAsync(key, businessKey: "CASE-1");
        state.Status.Should().Be(InstanceStatus.Waiting);
        var task = await OpenTaskAsync(state.InstanceId, "verify");
        task.Name.Should().Be("Verify information");
        task.CandidateRoles.Should().Equal("RelationsOfficer", "SocialResearcher");
        task.DueAt.Should().Be(Clock.GetUtcNow().AddDays(3));
        task.Priority.Should().Be(70);
        task.Form.Should().Be("verify-form");
        task.Outcomes.Should().Equal("complete", "incomplete");
        task.BusinessKey.Should().Be("CASE-1");
        (await Runtime.QueryTasksAsync(new TaskQuery(CandidateRoles: ["SocialResearcher"]))).Should().Contain(t => t.Id == task.Id);
        (await Runtime.QueryTasksAsync(new TaskQuery(CandidateRoles: ["BoardMember"]))).Should().NotContain(t => t.Id == task.Id);

        state = await Runtime.CompleteTaskAsync(task.Id, "complete", Vars(("checked", true)), Actor.User("u1", "RelationsOfficer"));

        state.Status.Should().Be(InstanceStatus.Completed);
        state.Variables.Should().Contain("outcome", "complete").And.Contain("checked", true);
        var closed = await Runtime.GetTaskAsync(task.Id);
        closed!.Status.Should().Be(UserTaskStatus.Completed);
        closed.CompletedBy.Should().Be("u1");
        closed.Outcome.Should().Be("complete");
        (await PathAsync(state.InstanceId)).Should().Equal("start", "verify", "end");
    }

    [Fact]
    public async Task ServiceTask_RunsItsActivity_WithEvaluatedInputsAndMappedOutputs()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="svc" wo:activity="echo">
              <bpmn:extensionElements>
                <wo:input name="value">amount * 2</wo:input>
                <wo:output name="doubled">echoed</wo:output>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "svc", "end")));

        var state = await StartAsync(key, Vars(("amount", 21)));

        state.Status.Should().Be(InstanceStatus.Completed);
        state.Variables.Should().Contain("doubled", 42m).And.Contain("outcome", "done").And.NotContainKey("echoed");
        (await PathAsync(state.InstanceId)).Should().Equal("start", "svc", "end");
    }

    [Fact]
    public async Task ExclusiveGateway_TakesTheTrueCondition_OtherwiseTheDefault()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:exclusiveGateway id="gw" default="gw_small" />
            <bpmn:endEvent id="big" />
            <bpmn:endEvent id="small" />
            """ + Flow("start", "gw") + Flow("gw", "big", "amount > 100") + Flow("gw", "small")));

        var large = await StartAsync(key, Vars(("amount", 500)));
        var modest = await StartAsync(key, Vars(("amount", 50)));

        (await PathAsync(large.InstanceId)).Should().Equal("start", "gw", "big");
        (await PathAsync(modest.InstanceId)).Should().Equal("start", "gw", "small");
        large.Status.Should().Be(InstanceStatus.Completed);
        modest.Status.Should().Be(InstanceStatus.Completed);
    }

    [Fact]
    public async Task ExclusiveGateway_WithoutTrueConditionOrDefault_FaultsWithAnIncident()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:exclusiveGateway id="gw" />
            <bpmn:endEvent id="a" />
            <bpmn:endEvent id="b" />
            """ + Flow("start", "gw") + Flow("gw", "a", "x = 1") + Flow("gw", "b", "x = 2")));

        var state = await StartAsync(key, Vars(("x", 3)));

        state.Status.Should().Be(InstanceStatus.Faulted);
        var incident = (await Runtime.GetOpenIncidentsAsync(state.InstanceId)).Should().ContainSingle().Subject;
        incident.ElementId.Should().Be("gw");
        incident.NextRetryAt.Should().BeNull("a gateway without a way out is not retried automatically");
        state.Tokens.Should().ContainSingle(t => t.ElementId == "gw");
    }

    [Fact]
    public async Task ParallelGateway_ForksAndJoinsOnce()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:userTask id="a" />
            <bpmn:userTask id="b" />
            <bpmn:parallelGateway id="join" />
            <bpmn:endEvent id="end" />
            """ + Flow("start", "fork") + Flow("fork", "a") + Flow("fork", "b") + Flow("a", "join") + Flow("b", "join") + Flow("join", "end")));

        var state = await StartAsync(key);
        (await OpenTasksAsync(state.InstanceId)).Should().BeEquivalentTo(["a", "b"]);
        state = await CompleteAsync(state.InstanceId, "a");
        state.Status.Should().Be(InstanceStatus.Waiting);
        state.Tokens.Should().ContainSingle(t => t.ElementId == "join" && t.Status == TokenStatus.Joining);
        state = await CompleteAsync(state.InstanceId, "b");

        state.Status.Should().Be(InstanceStatus.Completed);
        state.Tokens.Should().BeEmpty();
        (await PathAsync(state.InstanceId)).Should().Equal("start", "fork", "a", "b", "join", "join", "end");
    }

    [Fact]
    public async Task Loop_ReturnsToTheTask_UntilTheConditionHolds()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="review" />
            <bpmn:exclusiveGateway id="gw" default="gw_review" />
            <bpmn:endEvent id="end" />
            """ + Flow("start", "review") + Flow("review", "gw") + Flow("gw", "end", "approved = true") + Flow("gw", "review")));

        var state = await StartAsync(key);
        state = await CompleteAsync(state.InstanceId, "review", Vars(("approved", false)));
        state.Status.Should().Be(InstanceStatus.Waiting);
        state = await CompleteAsync(state.InstanceId, "review", Vars(("approved", true)));

        state.Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "review", "gw", "review", "gw", "end");
    }

    [Fact]
    public async Task TimerCatch_Duration_FiresAfterTheDelay()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait">{Timer("timeDuration", "PT1H")}</bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "wait", "end")));

        var state = await StartAsync(key);
        var timer = state.Waits.Should().ContainSingle().Subject;
        timer.Kind.Should().Be(WaitKind.Timer);
        timer.DueAt.Should().Be(Clock.GetUtcNow().AddHours(1));

        await AdvanceAsync(TimeSpan.FromMinutes(59));
        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Waiting);
        await AdvanceAsync(TimeSpan.FromMinutes(1));

        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "wait", "end");
        (await Runtime.GetJournalAsync(state.InstanceId)).Should().Contain(e => e.Kind == JournalKind.TimerFired && e.ElementId == "wait");
    }

    [Fact]
    public async Task TimerCatch_Date_FiresAtThatMoment()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait">{Timer("timeDate", "2026-01-02T09:00:00Z")}</bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "wait", "end")));

        var state = await StartAsync(key);
        await AdvanceAsync(TimeSpan.FromDays(1));
        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Waiting);
        await AdvanceAsync(TimeSpan.FromHours(1));

        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "wait", "end");
    }

    [Fact]
    public async Task TimerCatch_Cycle_WaitsForTheFirstOccurrence()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait">{Timer("timeCycle", "R3/P1D")}</bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "wait", "end")));

        var state = await StartAsync(key);
        await AdvanceAsync(TimeSpan.FromHours(23));
        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Waiting);
        await AdvanceAsync(TimeSpan.FromHours(1));

        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "wait", "end");
    }

    [Fact]
    public async Task BoundaryTimer_NonInterruptingCycle_FiresEachRepetition_AndTheTaskStaysOpen()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="committee" />
            <bpmn:boundaryEvent id="remind" attachedToRef="committee" cancelActivity="false">{Timer("timeCycle", "R3/P1D")}</bpmn:boundaryEvent>
            <bpmn:serviceTask id="sendReminder" />
            <bpmn:endEvent id="reminded" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "committee", "end") + Chain("remind", "sendReminder", "reminded")));

        var state = await StartAsync(key);
        await AdvanceAsync(TimeSpan.FromDays(5));

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Waiting);
        state.Waits.Should().ContainSingle(w => w.Kind == WaitKind.UserTask);
        state = await CompleteAsync(state.InstanceId, "committee");
        state.Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal(
            "start", "committee",
            "remind", "sendReminder", "reminded",
            "remind", "sendReminder", "reminded",
            "remind", "sendReminder", "reminded",
            "end");
    }

    [Fact]
    public async Task BoundaryTimer_NonInterruptingDuration_FiresOnce()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="committee" />
            <bpmn:boundaryEvent id="remind" attachedToRef="committee" cancelActivity="false">{Timer("timeDuration", "P2D")}</bpmn:boundaryEvent>
            <bpmn:endEvent id="reminded" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "committee", "end") + Chain("remind", "reminded")));

        var state = await StartAsync(key);
        await AdvanceAsync(TimeSpan.FromDays(10));
        state = await CompleteAsync(state.InstanceId, "committee");

        state.Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "committee", "remind", "reminded", "end");
    }

    [Fact]
    public async Task BoundaryTimer_Interrupting_WithdrawsTheTask_AndTakesTheEscalationPath()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="committee" />
            <bpmn:boundaryEvent id="deadline" attachedToRef="committee">{Timer("timeDuration", "P14D")}</bpmn:boundaryEvent>
            <bpmn:userTask id="escalate" />
            <bpmn:endEvent id="escalated" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "committee", "end") + Chain("deadline", "escalate", "escalated")));

        var state = await StartAsync(key);
        var committee = await OpenTaskAsync(state.InstanceId, "committee");
        await AdvanceAsync(TimeSpan.FromDays(14));

        (await OpenTasksAsync(state.InstanceId)).Should().Equal("escalate");
        (await Runtime.GetTaskAsync(committee.Id))!.Status.Should().Be(UserTaskStatus.Cancelled);
        var late = async () => await Runtime.CompleteTaskAsync(committee.Id, null, null, Actor.User("u1"));
        await late.Should().ThrowAsync<TaskWithdrawnException>();
        state = await CompleteAsync(state.InstanceId, "escalate");
        state.Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "committee", "deadline", "escalate", "escalated");
    }

    [Fact]
    public async Task MessageCatch_ResumesOnlyWithTheMatchingCorrelationKey()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="docs" wo:correlationKey="caseNo"><bpmn:messageEventDefinition messageRef="msgDocs" /></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "docs", "end"), Message("msgDocs", "documentsReceived")));

        var state = await StartAsync(key, Vars(("caseNo", "C-1")));
        state.Waits.Should().ContainSingle(w => w.Kind == WaitKind.Message && w.MessageName == "documentsReceived" && w.CorrelationKey == "C-1");

        (await Runtime.CorrelateMessageAsync("documentsReceived", "C-2", null)).Should().Be(0);
        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Waiting);
        (await Runtime.CorrelateMessageAsync("documentsReceived", "C-1", Vars(("documents", 3)))).Should().Be(1);

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Completed);
        state.Variables.Should().Contain("documents", 3m);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "docs", "end");
        (await Runtime.CorrelateMessageAsync("documentsReceived", "C-1", null)).Should().Be(0, "the subscription closed");
    }

    [Fact]
    public async Task MessageBoundary_Interrupting_CancelsTheTask()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="research" />
            <bpmn:boundaryEvent id="withdrawn" attachedToRef="research" wo:correlationKey="caseNo"><bpmn:messageEventDefinition messageRef="msgW" /></bpmn:boundaryEvent>
            <bpmn:endEvent id="closed" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "research", "end") + Chain("withdrawn", "closed"), Message("msgW", "requestWithdrawn")));

        var state = await StartAsync(key, Vars(("caseNo", "C-7")));
        (await Runtime.CorrelateMessageAsync("requestWithdrawn", "C-7", null)).Should().Be(1);

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Completed);
        (await OpenTasksAsync(state.InstanceId)).Should().BeEmpty();
        (await PathAsync(state.InstanceId)).Should().Equal("start", "research", "withdrawn", "closed");
    }

    [Fact]
    public async Task MessageBoundary_NonInterrupting_KeepsTheTaskAndListening()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="research" />
            <bpmn:boundaryEvent id="enquiry" attachedToRef="research" cancelActivity="false" wo:correlationKey="caseNo"><bpmn:messageEventDefinition messageRef="msgE" /></bpmn:boundaryEvent>
            <bpmn:endEvent id="answered" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "research", "end") + Chain("enquiry", "answered"), Message("msgE", "enquiry")));

        var state = await StartAsync(key, Vars(("caseNo", "C-8")));
        (await Runtime.CorrelateMessageAsync("enquiry", "C-8", null)).Should().Be(1);
        (await Runtime.CorrelateMessageAsync("enquiry", "C-8", null)).Should().Be(1);
        state = await CompleteAsync(state.InstanceId, "research");

        state.Status.Should().Be(InstanceStatus.Completed);
        state.Waits.Should().BeEmpty();
        (await PathAsync(state.InstanceId)).Should().Equal("start", "research", "enquiry", "answered", "enquiry", "answered", "end");
    }

    [Fact]
    public async Task SubProcess_BoundaryTimer_CancelsItsInnerWork()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="s2" />
              <bpmn:userTask id="inner" />
              <bpmn:endEvent id="e2" />
              {Chain("s2", "inner", "e2")}
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="timeout" attachedToRef="sub">{Timer("timeDuration", "PT1H")}</bpmn:boundaryEvent>
            <bpmn:endEvent id="timedOut" />
            <bpmn:endEvent id="done" />
            """ + Chain("start", "sub", "done") + Chain("timeout", "timedOut")));

        var state = await StartAsync(key);
        (await OpenTasksAsync(state.InstanceId)).Should().Equal("inner");
        await AdvanceAsync(TimeSpan.FromHours(1));

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Completed);
        state.Tokens.Should().BeEmpty();
        (await OpenTasksAsync(state.InstanceId)).Should().BeEmpty();
        (await PathAsync(state.InstanceId)).Should().Equal("start", "sub", "s2", "inner", "timeout", "timedOut");
        (await Runtime.GetJournalAsync(state.InstanceId)).Where(e => e.Kind == JournalKind.ElementCancelled).Select(e => e.ElementId)
            .Should().BeEquivalentTo(["inner", "sub"]);
    }

    [Fact]
    public async Task NestedSubProcesses_CompleteOutwards()
    {
        var key = await DeployAsync(Process("p", NestedModel(boundary: false)));

        var state = await StartAsync(key);
        state = await CompleteAsync(state.InstanceId, "task");

        state.Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "outer", "s1", "innerSub", "s2", "task", "e2", "e1", "end");
    }

    [Fact]
    public async Task NestedSubProcesses_OuterBoundaryTimer_CancelsEverythingInside()
    {
        var key = await DeployAsync(Process("p", NestedModel(boundary: true)));

        var state = await StartAsync(key);
        await AdvanceAsync(TimeSpan.FromHours(2));

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Completed);
        state.Tokens.Should().BeEmpty();
        state.Waits.Should().BeEmpty();
        (await PathAsync(state.InstanceId)).Should().Equal("start", "outer", "s1", "innerSub", "s2", "task", "late", "lateEnd");
    }

    [Fact]
    public async Task ParallelJoin_AfterATimerBranch_WaitsForTheTimer()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:intermediateCatchEvent id="cooling">{Timer("timeDuration", "PT1H")}</bpmn:intermediateCatchEvent>
            <bpmn:userTask id="review" />
            <bpmn:parallelGateway id="join" />
            <bpmn:endEvent id="end" />
            """ + Flow("start", "fork") + Flow("fork", "cooling") + Flow("fork", "review") + Flow("cooling", "join") + Flow("review", "join") + Flow("join", "end")));

        var state = await StartAsync(key);
        state = await CompleteAsync(state.InstanceId, "review");
        state.Status.Should().Be(InstanceStatus.Waiting);
        await AdvanceAsync(TimeSpan.FromHours(1));

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "fork", "cooling", "review", "join", "join", "end");
    }

    [Fact]
    public async Task TerminateEnd_EndsTheInstance_AndWithdrawsOtherBranches()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:userTask id="a" />
            <bpmn:userTask id="b" />
            <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition /></bpmn:endEvent>
            <bpmn:endEvent id="end" />
            """ + Flow("start", "fork") + Flow("fork", "a") + Flow("fork", "b") + Flow("a", "end") + Flow("b", "stop")));

        var state = await StartAsync(key);
        var a = await OpenTaskAsync(state.InstanceId, "a");
        state = await CompleteAsync(state.InstanceId, "b");

        state.Status.Should().Be(InstanceStatus.Terminated);
        state.Tokens.Should().BeEmpty();
        (await Runtime.GetTaskAsync(a.Id))!.Status.Should().Be(UserTaskStatus.Cancelled);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "fork", "a", "b", "stop");
        (await Runtime.GetJournalAsync(state.InstanceId))[^1].Kind.Should().Be(JournalKind.InstanceTerminated);
    }

    [Fact]
    public async Task WaitingActivity_ResumesOnItsCallbackMessage()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="ask" wo:activity="callback" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "ask", "end")));

        var state = await StartAsync(key, businessKey: "C-9");
        state.Status.Should().Be(InstanceStatus.Waiting);
        (await Runtime.CorrelateMessageAsync("callback", "C-9", Vars(("answer", "yes")))).Should().Be(1);

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Completed);
        state.Variables.Should().Contain("answer", "yes");
        (await PathAsync(state.InstanceId)).Should().Equal("start", "ask", "end");
    }

    // ---- incidents --------------------------------------------------------------------------------------

    [Fact]
    public async Task Incident_IsRetriedWithBackoff_AndResolvesWhenTheActivitySucceeds()
    {
        var key = await DeployAsync(FlakyModel(failTimes: 2));

        var state = await StartAsync(key);
        var incident = (await Runtime.GetOpenIncidentsAsync(state.InstanceId)).Should().ContainSingle().Subject;
        incident.ElementId.Should().Be("svc");
        incident.Attempts.Should().Be(1);
        incident.ErrorMessage.Should().Contain("attempt 1");
        incident.NextRetryAt.Should().Be(Clock.GetUtcNow().AddSeconds(10));
        state.Status.Should().Be(InstanceStatus.Waiting);
        state.Tokens.Should().ContainSingle(t => t.ElementId == "svc");
        state.Variables.Should().NotContainKey("attempts", "a failed activity changes nothing but the incident");
        (await PathAsync(state.InstanceId)).Should().Equal("start", "svc");

        await AdvanceAsync(TimeSpan.FromSeconds(10));
        (await Runtime.GetOpenIncidentsAsync(state.InstanceId)).Single().Attempts.Should().Be(2);
        await AdvanceAsync(TimeSpan.FromMinutes(1));

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Completed);
        state.Variables.Should().Contain("attempts", 3m);
        (await Runtime.GetOpenIncidentsAsync(state.InstanceId)).Should().BeEmpty();
        state.Incidents.Should().ContainSingle(i => i.Status == IncidentStatus.Resolved);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "svc", "end");
    }

    [Fact]
    public async Task Incident_AfterTheLastRetry_WaitsForAnAdministrator()
    {
        var key = await DeployAsync(FlakyModel(failTimes: 4));

        var state = await StartAsync(key);
        await AdvanceAsync(TimeSpan.FromSeconds(10));
        await AdvanceAsync(TimeSpan.FromMinutes(1));
        await AdvanceAsync(TimeSpan.FromMinutes(5));

        state = await StateAsync(state.InstanceId);
        state.Status.Should().Be(InstanceStatus.Faulted);
        var incident = (await Runtime.GetOpenIncidentsAsync()).Should().ContainSingle(i => i.InstanceId == state.InstanceId).Subject;
        incident.Attempts.Should().Be(4);
        incident.NextRetryAt.Should().BeNull();
        await AdvanceAsync(TimeSpan.FromDays(1));
        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Faulted, "nothing retries after the last automatic retry");

        state = await Runtime.RetryIncidentAsync(state.InstanceId, incident.Id, Actor.User("admin", "Admin"));

        state.Status.Should().Be(InstanceStatus.Completed);
        state.Incidents.Single().ResolvedBy.Should().Be("admin");
        (await PathAsync(state.InstanceId)).Should().Equal("start", "svc", "end");
    }

    // ---- tasks ------------------------------------------------------------------------------------------

    [Fact]
    public async Task TaskClaim_IsLimitedToCandidates_AndHeldByOneActor()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="decide" wo:role="CommitteeMember" wo:outcomes="accepted,rejected" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "decide", "end")));
        var state = await StartAsync(key);
        var task = await OpenTaskAsync(state.InstanceId, "decide");
        var member1 = Actor.User("m1", "CommitteeMember");
        var member2 = Actor.User("m2", "CommitteeMember");

        await FluentActions.Awaiting(async () => await Runtime.ClaimTaskAsync(task.Id, Actor.User("clerk", "RelationsOfficer")))
            .Should().ThrowAsync<NotCandidateException>();
        await Runtime.ClaimTaskAsync(task.Id, member1);
        (await Runtime.GetTaskAsync(task.Id))!.Assignee.Should().Be("m1");
        (await Runtime.QueryTasksAsync(new TaskQuery(Assignee: "m1"))).Should().ContainSingle(t => t.Id == task.Id);
        await FluentActions.Awaiting(async () => await Runtime.ClaimTaskAsync(task.Id, member2))
            .Should().ThrowAsync<TaskClaimedByOtherException>().Where(e => e.Assignee == "m1");
        await Runtime.ReleaseTaskAsync(task.Id, member1);
        (await Runtime.GetTaskAsync(task.Id))!.Assignee.Should().BeNull();
        await FluentActions.Awaiting(async () => await Runtime.CompleteTaskAsync(task.Id, "maybe", null, member2))
            .Should().ThrowAsync<InvalidOutcomeException>();

        state = await Runtime.CompleteTaskAsync(task.Id, "rejected", null, member2);

        state.Status.Should().Be(InstanceStatus.Completed);
        (await Runtime.GetJournalAsync(state.InstanceId)).Select(e => e.Kind)
            .Should().ContainInOrder(JournalKind.TaskCreated, JournalKind.TaskClaimed, JournalKind.TaskReleased, JournalKind.TaskCompleted);
    }

    [Fact]
    public async Task Cancel_TerminatesTheInstance_AndWithdrawsItsTasks()
    {
        var key = await DeployAsync(Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="a" /><bpmn:endEvent id="end" />""" + Chain("start", "a", "end")));
        var state = await StartAsync(key);
        var task = await OpenTaskAsync(state.InstanceId, "a");

        state = await Runtime.CancelAsync(state.InstanceId, Actor.User("admin", "Admin"), "duplicate request");

        state.Status.Should().Be(InstanceStatus.Terminated);
        (await Runtime.GetTaskAsync(task.Id))!.Status.Should().Be(UserTaskStatus.Cancelled);
        await FluentActions.Awaiting(async () => await Runtime.CompleteTaskAsync(task.Id, null, null, Actor.User("u1")))
            .Should().ThrowAsync<TaskWithdrawnException>();
        (await Runtime.GetJournalAsync(state.InstanceId))[^1].Should().Match<JournalEntry>(e => e.Kind == JournalKind.InstanceCancelled && e.Actor == "admin");
    }

    // ---- versioning -------------------------------------------------------------------------------------

    [Fact]
    public async Task Versioning_AnInstanceStaysOnTheVersionItStartedOn()
    {
        var key = $"versioned-{Guid.NewGuid():N}";
        await Runtime.DeployAsync(Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="v1task" /><bpmn:endEvent id="end" />""" + Chain("start", "v1task", "end")), key);
        var first = await StartAsync(key);
        var v2 = await Runtime.DeployAsync(Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="v2task" /><bpmn:endEvent id="end" />""" + Chain("start", "v2task", "end")), key);
        var second = await StartAsync(key);

        v2.Version.Should().Be(2);
        first.DefinitionVersion.Should().Be(1);
        second.DefinitionVersion.Should().Be(2);
        (await OpenTasksAsync(first.InstanceId)).Should().Equal("v1task");
        (await OpenTasksAsync(second.InstanceId)).Should().Equal("v2task");
        var done = await CompleteAsync(first.InstanceId, "v1task");
        done.Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(first.InstanceId)).Should().Equal("start", "v1task", "end");
    }

    // ---- crash safety and races -------------------------------------------------------------------------

    [Fact]
    public async Task FailedCommit_LeavesThePreviousStateIntact()
    {
        var key = await DeployAsync(Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="a" /><bpmn:endEvent id="end" />""" + Chain("start", "a", "end")));
        var before = await StartAsync(key);
        var task = await OpenTaskAsync(before.InstanceId, "a");
        var journalBefore = (await Runtime.GetJournalAsync(before.InstanceId)).Count;
        Store.FailNextCommits(1);

        await FluentActions.Awaiting(async () => await Runtime.CompleteTaskAsync(task.Id, null, Vars(("x", 1)), Actor.User("u1")))
            .Should().ThrowAsync<IOException>();

        var after = await StateAsync(before.InstanceId);
        after.Version.Should().Be(before.Version);
        after.Status.Should().Be(InstanceStatus.Waiting);
        after.Variables.Should().NotContainKey("x");
        (await Runtime.GetTaskAsync(task.Id))!.Status.Should().Be(UserTaskStatus.Open);
        (await Runtime.GetJournalAsync(before.InstanceId)).Should().HaveCount(journalBefore);
        (await Runtime.CompleteTaskAsync(task.Id, null, null, Actor.User("u1"))).Status.Should().Be(InstanceStatus.Completed);
    }

    [Fact]
    public async Task ConcurrentCompletionsOfOneTask_OneWins_TheOtherLearnsWhoCompletedIt()
    {
        var key = await DeployAsync(Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="a" /><bpmn:endEvent id="end" />""" + Chain("start", "a", "end")));
        var state = await StartAsync(key);
        var task = await OpenTaskAsync(state.InstanceId, "a");
        Store.HoldCommitsUntil(2);

        var attempts = new[] { "alice", "bob" }
            .Select(user => Task.Run(async () => await Runtime.CompleteTaskAsync(task.Id, null, null, Actor.User(user))))
            .ToArray();
        var outcomes = await Task.WhenAll(attempts.Select(async t =>
        {
            try
            {
                await t;
                return (Exception?)null;
            }
            catch (WorkflowException ex)
            {
                return ex;
            }
        }));

        outcomes.Count(o => o is null).Should().Be(1);
        var conflict = outcomes.OfType<TaskAlreadyCompletedException>().Should().ContainSingle().Subject;
        var winner = (await Runtime.GetTaskAsync(task.Id))!.CompletedBy;
        conflict.CompletedBy.Should().Be(winner).And.BeOneOf("alice", "bob");
        conflict.Message.Should().Contain($"already completed by {winner}");
        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Completed);
        (await Runtime.GetJournalAsync(state.InstanceId)).Count(e => e.Kind == JournalKind.TaskCompleted).Should().Be(1);
    }

    [Fact]
    public async Task ConcurrentCompletionsOfParallelBranches_JoinExactlyOnce()
    {
        var key = await DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:userTask id="a" />
            <bpmn:userTask id="b" />
            <bpmn:parallelGateway id="join" />
            <bpmn:userTask id="after" />
            <bpmn:endEvent id="end" />
            """ + Flow("start", "fork") + Flow("fork", "a") + Flow("fork", "b") + Flow("a", "join") + Flow("b", "join") + Chain("join", "after", "end")));
        var state = await StartAsync(key);
        var a = await OpenTaskAsync(state.InstanceId, "a");
        var b = await OpenTaskAsync(state.InstanceId, "b");
        Store.HoldCommitsUntil(2);

        await Task.WhenAll(
            Task.Run(async () => await Runtime.CompleteTaskAsync(a.Id, null, null, Actor.User("alice"))),
            Task.Run(async () => await Runtime.CompleteTaskAsync(b.Id, null, null, Actor.User("bob"))));

        (await OpenTasksAsync(state.InstanceId)).Should().Equal("after");
        var journal = await Runtime.GetJournalAsync(state.InstanceId);
        journal.Count(e => e.Kind == JournalKind.ElementLeft && e.ElementId == "join").Should().Be(1);
        (await StateAsync(state.InstanceId)).Tokens.Should().ContainSingle(t => t.ElementId == "after");
        (await CompleteAsync(state.InstanceId, "after")).Status.Should().Be(InstanceStatus.Completed);
    }

    [Fact]
    public async Task SchedulerDownAfterCommit_RecoverTimersStillFiresTheTimer()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait">{Timer("timeDuration", "PT1H")}</bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "wait", "end")));
        var crashed = NewRuntime(new FailingTimerScheduler());

        var state = await crashed.StartAsync(key, null, null, Actor.System);
        SchedulerErrors.Should().ContainSingle();
        (await Runtime.GetInstanceAsync(state.InstanceId))!.Waits.Should().ContainSingle(w => w.Kind == WaitKind.Timer);

        // The host restarts: a fresh scheduler is refilled from the store.
        using var scheduler = new InMemoryTimerScheduler(Clock);
        var restarted = NewRuntime(scheduler);
        scheduler.Connect(restarted);
        (await restarted.RecoverTimersAsync()).Should().Be(1);
        Clock.Advance(TimeSpan.FromHours(1));
        await scheduler.WhenIdleAsync();

        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "wait", "end");
    }

    [Fact]
    public async Task TimerFiringAfterItsWaitWasResolved_DoesNothing()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="committee" />
            <bpmn:boundaryEvent id="deadline" attachedToRef="committee">{Timer("timeDuration", "P14D")}</bpmn:boundaryEvent>
            <bpmn:endEvent id="late" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "committee", "end") + Chain("deadline", "late")));
        var state = await StartAsync(key);
        var timerId = state.Waits.Single(w => w.Kind == WaitKind.Timer).Id;
        state = await CompleteAsync(state.InstanceId, "committee");
        Clock.Advance(TimeSpan.FromDays(15));

        (await Runtime.FireTimerAsync(state.InstanceId, timerId)).Should().BeFalse();

        var after = await StateAsync(state.InstanceId);
        after.Version.Should().Be(state.Version);
        (await PathAsync(state.InstanceId)).Should().Equal("start", "committee", "end");
        (await Store.GetPendingTimersAsync(DateTimeOffset.MaxValue)).Should().NotContain(t => t.TimerId == timerId);
    }

    [Fact]
    public async Task PendingTimers_AreQueryableByDueTime()
    {
        var key = await DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait">{Timer("timeDuration", "P1D")}</bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "wait", "end")));
        // Started without a working scheduler: only the store knows the timer.
        var state = await NewRuntime(new FailingTimerScheduler()).StartAsync(key, null, null, Actor.System);
        var due = Clock.GetUtcNow().AddDays(1);

        (await Store.GetPendingTimersAsync(due.AddSeconds(-1))).Should().NotContain(t => t.InstanceId == state.InstanceId);
        var pending = (await Store.GetPendingTimersAsync(due)).Should().ContainSingle(t => t.InstanceId == state.InstanceId).Subject;
        pending.DueAt.Should().Be(due);
        Clock.Advance(TimeSpan.FromDays(1));
        (await Runtime.FireDueTimersAsync()).Should().Be(1);
        (await StateAsync(state.InstanceId)).Status.Should().Be(InstanceStatus.Completed);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /// <summary>A runtime on the store under test with another scheduler (e.g. one that is down).</summary>
    protected WorkflowRuntime NewRuntime(ITimerScheduler scheduler) =>
        new(Store, _backend!.Definitions, scheduler, Activities, Clock, new WorkflowRuntimeOptions { OnSchedulerError = (_, e) => SchedulerErrors.Add(e) });

    /// <summary>Deploys under a unique key (stores may be shared between tests) and returns the key.</summary>
    protected async Task<string> DeployAsync(string xml)
    {
        var key = $"conformance-{Guid.NewGuid():N}";
        await Runtime.DeployAsync(xml, key);
        return key;
    }

    /// <summary>Starts an instance as the system.</summary>
    protected async Task<InstanceState> StartAsync(string key, Dictionary<string, object?>? variables = null, string? businessKey = null) =>
        await Runtime.StartAsync(key, businessKey, variables, Actor.System);

    /// <summary>The open task of an element.</summary>
    protected async Task<UserTaskRecord> OpenTaskAsync(Guid instanceId, string elementId) =>
        (await Runtime.QueryTasksAsync(new TaskQuery(InstanceId: instanceId))).Single(t => t.ElementId == elementId);

    /// <summary>Element ids of the open tasks of an instance.</summary>
    protected async Task<IReadOnlyList<string>> OpenTasksAsync(Guid instanceId) =>
        [.. (await Runtime.QueryTasksAsync(new TaskQuery(InstanceId: instanceId))).Select(t => t.ElementId).Order(StringComparer.Ordinal)];

    /// <summary>Completes the open task of an element as the system.</summary>
    protected async Task<InstanceState> CompleteAsync(Guid instanceId, string elementId, Dictionary<string, object?>? data = null, string? outcome = null) =>
        await Runtime.CompleteTaskAsync((await OpenTaskAsync(instanceId, elementId)).Id, outcome, data, Actor.System);

    /// <summary>The committed state.</summary>
    protected async Task<InstanceState> StateAsync(Guid instanceId) => (await Runtime.GetInstanceAsync(instanceId))!;

    /// <summary>The elements entered, in journal order.</summary>
    protected async Task<IReadOnlyList<string>> PathAsync(Guid instanceId) =>
        [.. (await Runtime.GetJournalAsync(instanceId)).Where(e => e.Kind == JournalKind.ElementEntered).Select(e => e.ElementId!)];

    /// <summary>
    /// Moves the clock, stopping at each due time until every fire it started has finished: a fire may schedule
    /// a timer due before the target (a repeating cycle's next occurrence), and a database store commits
    /// asynchronously, so the next due time is only known once the fires before it are done.
    /// </summary>
    protected async Task AdvanceAsync(TimeSpan delta)
    {
        var target = Clock.GetUtcNow() + delta;
        for (var fires = 0; Clock.NextDueAt is { } due && due <= target; fires++)
        {
            if (fires > 10_000)
            {
                throw new InvalidOperationException("Timers keep falling due without the clock moving: a fire re-arms itself.");
            }

            Clock.Advance(Later(due));
            await Scheduler.WhenIdleAsync();
        }

        Clock.Advance(Later(target));
        await Scheduler.WhenIdleAsync();
    }

    private TimeSpan Later(DateTimeOffset to)
    {
        var delta = to - Clock.GetUtcNow();
        return delta > TimeSpan.Zero ? delta : TimeSpan.Zero;
    }

    /// <summary>A variables map.</summary>
    protected static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static string FlakyModel(int failTimes) => Process("p", $"""
        <bpmn:startEvent id="start" />
        <bpmn:serviceTask id="svc" wo:activity="flaky" wo:failTimes="{failTimes}" />
        <bpmn:endEvent id="end" />
        """ + Chain("start", "svc", "end"));

    private static string NestedModel(bool boundary) => $"""
        <bpmn:startEvent id="start" />
        <bpmn:subProcess id="outer">
          <bpmn:startEvent id="s1" />
          <bpmn:subProcess id="innerSub">
            <bpmn:startEvent id="s2" />
            <bpmn:userTask id="task" />
            <bpmn:endEvent id="e2" />
            {Chain("s2", "task", "e2")}
          </bpmn:subProcess>
          <bpmn:endEvent id="e1" />
          {Chain("s1", "innerSub", "e1")}
        </bpmn:subProcess>
        <bpmn:endEvent id="end" />
        {Chain("start", "outer", "end")}
        {(boundary ? $"""<bpmn:boundaryEvent id="late" attachedToRef="outer">{Timer("timeDuration", "PT2H")}</bpmn:boundaryEvent><bpmn:endEvent id="lateEnd" />{Flow("late", "lateEnd")}""" : "")}
        """;
}
