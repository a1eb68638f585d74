using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.Effects;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Engine.Runtime.Stimuli;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Engine.Tests.Runtime;

public class WorkflowExecutorTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly WorkflowExecutor _executor = new();

    [Fact]
    public async Task Step_LeavesTheGivenStateUntouched_AndReturnsEffectsAsData()
    {
        var definition = Parse(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" />
            <bpmn:boundaryEvent id="sla" attachedToRef="a">{Timer("timeDuration", "P14D")}</bpmn:boundaryEvent>
            <bpmn:endEvent id="late" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "end") + Flow("sla", "late")));
        var started = await _executor.ExecuteAsync(definition, null, new StartStimulus(Guid.NewGuid(), "B-1", null, Actor.System), _clock);
        var before = WorkflowJson.Serialize(started.State);
        var task = started.State.Waits.Single(w => w.Kind == WaitKind.UserTask);

        var completed = await _executor.ExecuteAsync(definition, started.State, new CompleteTaskStimulus(task.Id, null, new Dictionary<string, object?> { ["x"] = 1 }, Actor.User("u1")), _clock);

        WorkflowJson.Serialize(started.State).Should().Be(before);
        started.Effects.Select(e => e.GetType()).Should().Equal(typeof(TaskCreated), typeof(TimerScheduled));
        completed.Effects.Select(e => e.GetType()).Should().Equal(typeof(TaskClosed), typeof(TimerCancelled));
        completed.State.Status.Should().Be(InstanceStatus.Completed);
        completed.Journal.Select(j => j.Sequence).Should().BeInAscendingOrder().And.Subject.First().Should().Be(started.Journal[^1].Sequence + 1);
        completed.Journal.Should().OnlyContain(j => j.Actor == "u1");
    }

    [Fact]
    public async Task LoopWithoutWaitState_FailsTheStep_InsteadOfSpinning()
    {
        var definition = Parse(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:exclusiveGateway id="gw" />
            <bpmn:serviceTask id="again" />
            <bpmn:endEvent id="end" />
            """ + Flow("start", "gw") + Flow("gw", "again", "true") + Flow("gw", "end", "false") + Flow("again", "gw")));

        var run = async () => await _executor.ExecuteAsync(definition, null, new StartStimulus(Guid.NewGuid(), null, null, Actor.System), _clock);

        await run.Should().ThrowAsync<WorkflowException>().WithMessage("*loops without a wait state*");
    }

    [Fact]
    public async Task ActivityNotification_ReachesTheOutbox_OnlyWhenTheStepCommits()
    {
        var store = new InMemoryWorkflowStore();
        var faulty = new FaultInjectingStore(store);
        var runtime = new WorkflowRuntime(faulty, new InMemoryDefinitionRepository(_clock), new FailingTimerScheduler(), TestActivities.Create(), _clock);
        var definition = await runtime.DeployAsync(Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" />
            <bpmn:sendTask id="tell" wo:activity="notify" wo:event="sent-to-committee" wo:template="committee-notice" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "tell", "end")));
        var state = await runtime.StartAsync(definition.Key, "CASE-3", null, Actor.System);
        var task = state.Waits.Single().Id;
        faulty.FailNextCommits(1);

        await FluentActions.Awaiting(async () => await runtime.CompleteTaskAsync(task, null, null, Actor.System)).Should().ThrowAsync<IOException>();
        store.Outbox.Should().BeEmpty();
        await runtime.CompleteTaskAsync(task, null, null, Actor.System);

        var notification = store.Outbox.Should().ContainSingle().Subject;
        notification.EventName.Should().Be("sent-to-committee");
        notification.Template.Should().Be("committee-notice");
        notification.Recipient.Should().Be("CASE-3");
        notification.ElementId.Should().Be("tell");
    }

    [Fact]
    public async Task Scheduler_FiresInDueOrder_EvenBeyondTheSystemTimerLimit()
    {
        using var scheduler = new InMemoryTimerScheduler(_clock);
        var store = new InMemoryWorkflowStore();
        var runtime = new WorkflowRuntime(store, new InMemoryDefinitionRepository(_clock), scheduler, TestActivities.Create(), _clock);
        scheduler.Connect(runtime);
        var definition = await runtime.DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait">{Timer("timeDuration", "P1Y")}</bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "wait", "end")));
        var state = await runtime.StartAsync(definition.Key, null, null, Actor.System);

        _clock.Advance(TimeSpan.FromDays(364));
        await scheduler.WhenIdleAsync();
        (await runtime.GetInstanceAsync(state.InstanceId))!.Status.Should().Be(InstanceStatus.Waiting);
        _clock.Advance(TimeSpan.FromDays(1));
        await scheduler.WhenIdleAsync();

        (await runtime.GetInstanceAsync(state.InstanceId))!.Status.Should().Be(InstanceStatus.Completed);
        scheduler.PendingCount.Should().Be(0);
    }

    private static ProcessDefinition Parse(string xml)
    {
        var result = BpmnParser.Parse(xml, TestActivities.Create());
        result.Problems.Should().BeEmpty();
        return result.Definition!;
    }
}
