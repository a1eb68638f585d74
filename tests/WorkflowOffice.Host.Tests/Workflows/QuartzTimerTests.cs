using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>Timers fired by Quartz's persistent job store on PostgreSQL through the real runtime.</summary>
public sealed class QuartzTimerTests(WorkflowDatabaseFixture database) : IClassFixture<WorkflowDatabaseFixture>
{
    private readonly string _schedulerName = $"wo-test-{Guid.NewGuid():N}";

    [Fact]
    public async Task ShortTimer_IsFiredByQuartz_AndTheInstanceMovesOn()
    {
        await using var host = WorkflowTestHost.Create(database, _schedulerName);
        await host.StartQuartzAsync();
        var key = await DeployAsync(host, TimerModel("PT2S"));

        var started = await host.Runtime.StartAsync(key, null, null, Actor.System);
        var timerId = started.Waits.Single(w => w.Kind == WaitKind.Timer).Id;
        (await host.HasTriggerAsync(timerId)).Should().BeTrue("the trigger is stored in Quartz's tables once the step committed");

        var done = await Eventually.WaitForAsync(() => StatusAsync(host, started.InstanceId), s => s == InstanceStatus.Completed);

        done.Should().Be(InstanceStatus.Completed);
        (await PathAsync(host, started.InstanceId)).Should().Equal("start", "wait", "end");
        (await host.Store.GetPendingTimersAsync(DateTimeOffset.MaxValue)).Should().NotContain(t => t.TimerId == timerId);
    }

    [Fact]
    public async Task QuartzFiringATimerWhoseWaitWasResolved_ChangesNothing()
    {
        await using var host = WorkflowTestHost.Create(database, _schedulerName);
        await host.StartQuartzAsync();
        var key = await DeployAsync(host, Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="committee" />
            <bpmn:boundaryEvent id="deadline" attachedToRef="committee">{Timer("timeDuration", "P14D")}</bpmn:boundaryEvent>
            <bpmn:endEvent id="late" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "committee", "end") + Chain("deadline", "late")));
        var started = await host.Runtime.StartAsync(key, null, null, Actor.System);
        var timerId = started.Waits.Single(w => w.Kind == WaitKind.Timer).Id;
        var task = (await host.Runtime.QueryTasksAsync(new TaskQuery(InstanceId: started.InstanceId))).Single();
        var completed = await host.Runtime.CompleteTaskAsync(task.Id, null, null, Actor.User("alice"));

        // A stale trigger (say, a cancel that never reached Quartz) fires now.
        await host.Timers.ScheduleAsync(timerId, started.InstanceId, DateTimeOffset.UtcNow);
        var stillScheduled = await Eventually.WaitForAsync(() => host.HasTriggerAsync(timerId), has => !has);

        stillScheduled.Should().BeFalse("Quartz fired the stale trigger");
        var after = (await host.Runtime.GetInstanceAsync(started.InstanceId))!;
        after.Version.Should().Be(completed.Version);
        (await host.Runtime.GetJournalAsync(started.InstanceId)).Should().NotContain(e => e.Kind == JournalKind.TimerFired);
        (await PathAsync(host, started.InstanceId)).Should().Equal("start", "committee", "end");
    }

    [Fact]
    public async Task TimerCommitted_WhileQuartzWasUnreachable_IsFiredAfterTheRestartRecovery()
    {
        Guid instanceId;
        Guid timerId;
        string key;
        await using (var crashed = WorkflowTestHost.Create(database, _schedulerName, new FailingTimerScheduler()))
        {
            key = await DeployAsync(crashed, TimerModel("PT1S"));
            var started = await crashed.Runtime.StartAsync(key, null, null, Actor.System);
            instanceId = started.InstanceId;
            timerId = started.Waits.Single(w => w.Kind == WaitKind.Timer).Id;
            (await crashed.HasTriggerAsync(timerId)).Should().BeFalse("the scheduler failed after the commit");
        }

        await using var restarted = WorkflowTestHost.Create(database, _schedulerName);
        (await restarted.Recovery.RecoverAsync()).Should().BeGreaterThanOrEqualTo(1);
        (await restarted.HasTriggerAsync(timerId)).Should().BeTrue();
        (await restarted.Recovery.RecoverAsync()).Should().Be(0, "a trigger Quartz holds is not written again");
        await restarted.StartQuartzAsync();

        var status = await Eventually.WaitForAsync(() => StatusAsync(restarted, instanceId), s => s == InstanceStatus.Completed);

        status.Should().Be(InstanceStatus.Completed);
        (await PathAsync(restarted, instanceId)).Should().Equal("start", "wait", "end");
    }

    [Fact]
    public async Task TimerCommitted_WhileQuartzWasUnreachable_IsFiredByTheSweepOnceOverdue()
    {
        await using var host = WorkflowTestHost.Create(database, _schedulerName, new FailingTimerScheduler());
        var key = await DeployAsync(host, TimerModel("PT1S"));
        var started = await host.Runtime.StartAsync(key, null, null, Actor.System);

        // Before its due time the sweep leaves it alone; once overdue it fires it.
        (await host.Sweep.SweepAsync()).Should().Be(0);
        var fired = await Eventually.WaitForAsync(() => host.Sweep.SweepAsync(), n => n > 0);

        fired.Should().Be(1);
        (await StatusAsync(host, started.InstanceId)).Should().Be(InstanceStatus.Completed);
        (await host.Sweep.SweepAsync()).Should().Be(0, "a fired timer is no longer pending");
    }

    private static string TimerModel(string duration) => Process("p", $"""
        <bpmn:startEvent id="start" />
        <bpmn:intermediateCatchEvent id="wait">{Timer("timeDuration", duration)}</bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="end" />
        """ + Chain("start", "wait", "end"));

    private static async Task<string> DeployAsync(WorkflowTestHost host, string xml)
    {
        var key = $"quartz-{Guid.NewGuid():N}";
        await host.Runtime.DeployAsync(xml, key);
        return key;
    }

    private static async Task<InstanceStatus> StatusAsync(WorkflowTestHost host, Guid instanceId) =>
        (await host.Runtime.GetInstanceAsync(instanceId))!.Status;

    private static async Task<IReadOnlyList<string>> PathAsync(WorkflowTestHost host, Guid instanceId) =>
        [.. (await host.Runtime.GetJournalAsync(instanceId)).Where(e => e.Kind == JournalKind.ElementEntered).Select(e => e.ElementId!)];
}
