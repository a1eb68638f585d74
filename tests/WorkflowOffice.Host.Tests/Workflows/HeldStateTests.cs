using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Workflows.Outbox;
using WorkflowOffice.Host.Workflows.Persistence;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>
/// A store answers a step from the state it last committed or loaded, without reading the database first
/// (<see cref="IWorkflowStore.GetHeldState"/>). Here two "hosts" share one PostgreSQL database, so the state one
/// holds goes out of date when the other moves the instance on: the step must then be refused by the commit's
/// version check (nothing of it written) or decided again on the stored state — never lost, never doubled.
/// </summary>
public sealed class HeldStateTests(WorkflowDatabaseFixture database) : IClassFixture<WorkflowDatabaseFixture>
{
    private static readonly string TwoTasks = Process("p", """
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="a" />
        <bpmn:userTask id="b" />
        <bpmn:endEvent id="end" />
        """ + Chain("start", "a", "b", "end"));

    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task TaskAlreadyCompletedOnAnotherHost_IsReportedWithItsCompleter_AndCompletedOnce()
    {
        var (first, second) = (NewRuntime(), NewRuntime());
        var key = await DeployAsync(first, TwoTasks);
        var started = await first.StartAsync(key, null, null, Actor.System);
        var a = started.Waits.Single(w => w.Kind == WaitKind.UserTask).Id;

        await second.CompleteTaskAsync(a, null, null, Actor.User("bob"));

        // The first host still holds version 1, where task a is open: its step is refused, then decided on version 2.
        var refused = await FluentActions.Awaiting(async () => await first.CompleteTaskAsync(a, null, null, Actor.User("alice")))
            .Should().ThrowAsync<TaskAlreadyCompletedException>();
        refused.Which.Message.Should().Contain("bob");
        var journal = await first.GetJournalAsync(started.InstanceId);
        journal.Count(e => e.Kind == JournalKind.TaskCompleted).Should().Be(1);
        (await CountAsync("""SELECT count(*) FROM "WorkflowTasks" WHERE "InstanceId" = @id AND "ElementId" = 'b'""", started.InstanceId))
            .Should().Be(1, "the refused step's new task was not written");
        (await first.GetInstanceAsync(started.InstanceId))!.Version.Should().Be(2);
    }

    [Fact]
    public async Task TaskCreatedOnAnotherHost_IsCompletedOnAHostHoldingAnOlderState()
    {
        var (first, second) = (NewRuntime(), NewRuntime());
        var key = await DeployAsync(first, TwoTasks);
        var started = await first.StartAsync(key, null, null, Actor.System);
        var afterA = await second.CompleteTaskAsync(started.Waits.Single(w => w.Kind == WaitKind.UserTask).Id, null, null, Actor.User("bob"));
        var b = afterA.Waits.Single(w => w.Kind == WaitKind.UserTask).Id;

        var done = await first.CompleteTaskAsync(b, null, null, Actor.User("alice"));

        done.Status.Should().Be(InstanceStatus.Completed);
        done.Version.Should().Be(3);
        (await first.GetTaskAsync(b))!.CompletedBy.Should().Be("alice");
    }

    [Fact]
    public async Task TimerScheduledOnAnotherHost_FiresOnAHostHoldingAnOlderState()
    {
        var (first, second) = (NewRuntime(), NewRuntime());
        var key = await DeployAsync(first, Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" />
            <bpmn:intermediateCatchEvent id="wait">{Timer("timeDuration", "PT1H")}</bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "wait", "end")));
        var started = await first.StartAsync(key, null, null, Actor.System);
        var waiting = await second.CompleteTaskAsync(started.Waits.Single(w => w.Kind == WaitKind.UserTask).Id, null, null, Actor.User("bob"));
        var timer = waiting.Waits.Single(w => w.Kind == WaitKind.Timer).Id;
        _clock.Advance(TimeSpan.FromHours(2));

        // The first host's state (version 1) knows no timer: it must not conclude that the timer was resolved.
        (await first.FireTimerAsync(started.InstanceId, timer)).Should().BeTrue();

        (await first.GetInstanceAsync(started.InstanceId))!.Status.Should().Be(InstanceStatus.Completed);
        (await first.GetJournalAsync(started.InstanceId)).Count(e => e.Kind == JournalKind.TimerFired).Should().Be(1);
        (await second.FireTimerAsync(started.InstanceId, timer)).Should().BeFalse("a timer fires once");
    }

    [Fact]
    public async Task RowMovedOnBehindTheHeldState_RefusesTheWholeBatch_AndTheStepRunsOnceOnTheStoredState()
    {
        var runtime = NewRuntime();
        var key = await DeployAsync(runtime, TwoTasks);
        var started = await runtime.StartAsync(key, null, null, Actor.System);

        // Another writer moved the row on (same document, next version): the held version 1 is out of date.
        await CountAsync("""UPDATE "WorkflowInstances" SET "Version" = 2 WHERE "Id" = @id RETURNING 1""", started.InstanceId);

        var after = await runtime.CompleteTaskAsync(started.Waits.Single(w => w.Kind == WaitKind.UserTask).Id, null, null, Actor.User("alice"));

        after.Version.Should().Be(3, "the step was refused at version 1 and built again on version 2");
        (await CountAsync("""SELECT count(*) FROM "WorkflowTasks" WHERE "InstanceId" = @id AND "ElementId" = 'b'""", started.InstanceId)).Should().Be(1);
        (await runtime.GetJournalAsync(started.InstanceId)).Count(e => e.Kind == JournalKind.TaskCompleted).Should().Be(1);
    }

    [Fact]
    public async Task StepOnAnInstanceWhoseWaitsTheStoreForgot_ClosesExactlyThatInstancesWaits()
    {
        // Remembering one instance's waits at a time: each step below is on the instance the store forgot, so it
        // closes, in its batch, every open timer and subscription of that instance the new state no longer has.
        var runtime = database.NewRuntime(_clock, new EfWorkflowStore(database.Contexts, new OutboxWriter(_clock)) { RememberedWaitsLimit = 1 });
        var key = await DeployAsync(runtime, Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" />
            <bpmn:boundaryEvent id="late" attachedToRef="a">{Timer("timeDuration", "PT1H")}</bpmn:boundaryEvent>
            <bpmn:userTask id="b" />
            <bpmn:boundaryEvent id="withdrawn" attachedToRef="b" wo:correlationKey="caseNo"><bpmn:messageEventDefinition messageRef="msgW" /></bpmn:boundaryEvent>
            <bpmn:endEvent id="end" />
            <bpmn:endEvent id="lateEnd" />
            <bpmn:endEvent id="withdrawnEnd" />
            """ + Chain("start", "a", "b", "end") + Chain("late", "lateEnd") + Chain("withdrawn", "withdrawnEnd"), Message("msgW", "requestWithdrawn")));
        var x = await runtime.StartAsync(key, null, new Dictionary<string, object?> { ["caseNo"] = "X" }, Actor.System);
        var y = await runtime.StartAsync(key, null, new Dictionary<string, object?> { ["caseNo"] = "Y" }, Actor.System);
        var xTimer = x.Waits.Single(w => w.Kind == WaitKind.Timer).Id;
        var yTimer = y.Waits.Single(w => w.Kind == WaitKind.Timer).Id;

        var xAtB = await runtime.CompleteTaskAsync(x.Waits.Single(w => w.Kind == WaitKind.UserTask).Id, null, null, Actor.User("alice"));

        (await ResolvedAsync(xTimer)).Should().BeTrue("X left task a, so its boundary timer is closed");
        (await ResolvedAsync(yTimer)).Should().BeFalse("Y still waits in task a: another instance's timer is not touched");
        var xSubscription = xAtB.Waits.Single(w => w.Kind == WaitKind.Message).Id;
        (await CountAsync("""SELECT count(*) FROM "WorkflowMessageSubscriptions" WHERE "Id" = @id""", xSubscription)).Should().Be(1, "the subscription the step opened stays");

        await runtime.CompleteTaskAsync(y.Waits.Single(w => w.Kind == WaitKind.UserTask).Id, null, null, Actor.User("bob"));
        (await ResolvedAsync(yTimer)).Should().BeTrue();

        // X is forgotten again (Y's step was remembered last): its message ends it and removes its subscription only.
        (await runtime.CorrelateMessageAsync("requestWithdrawn", "X", null)).Should().Be(1);
        (await runtime.GetInstanceAsync(x.InstanceId))!.Status.Should().Be(InstanceStatus.Completed);
        (await CountAsync("""SELECT count(*) FROM "WorkflowMessageSubscriptions" WHERE "InstanceId" = @id""", x.InstanceId)).Should().Be(0);
        (await CountAsync("""SELECT count(*) FROM "WorkflowMessageSubscriptions" WHERE "InstanceId" = @id""", y.InstanceId)).Should().Be(1);
        (await runtime.FireTimerAsync(x.InstanceId, xTimer)).Should().BeFalse();
    }

    private WorkflowRuntime NewRuntime() => database.NewRuntime(_clock);

    private async Task<bool> ResolvedAsync(Guid timerId) =>
        (bool)(await database.ScalarAsync("""SELECT "Resolved" FROM "WorkflowTimers" WHERE "Id" = @id""", timerId))!;

    private static Task<string> DeployAsync(WorkflowRuntime runtime, string xml) => WorkflowDatabaseFixture.DeployAsync(runtime, xml, "held");

    private async Task<long> CountAsync(string sql, Guid instanceId) =>
        Convert.ToInt64(await database.ScalarAsync(sql, instanceId), System.Globalization.CultureInfo.InvariantCulture);
}
