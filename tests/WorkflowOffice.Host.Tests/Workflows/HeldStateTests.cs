using Npgsql;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
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
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task TaskAlreadyCompletedOnAnotherHost_IsReportedWithItsCompleter_AndCompletedOnce()
    {
        var (first, second) = (NewRuntime(), NewRuntime());
        var key = await DeployAsync(first, Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" />
            <bpmn:userTask id="b" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "b", "end")));
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
        var key = await DeployAsync(first, Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" />
            <bpmn:userTask id="b" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "b", "end")));
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
        var key = await DeployAsync(runtime, Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" />
            <bpmn:userTask id="b" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "b", "end")));
        var started = await runtime.StartAsync(key, null, null, Actor.System);

        // Another writer moved the row on (same document, next version): the held version 1 is out of date.
        await CountAsync("""UPDATE "WorkflowInstances" SET "Version" = 2 WHERE "Id" = @id RETURNING 1""", started.InstanceId);

        var after = await runtime.CompleteTaskAsync(started.Waits.Single(w => w.Kind == WaitKind.UserTask).Id, null, null, Actor.User("alice"));

        after.Version.Should().Be(3, "the step was refused at version 1 and built again on version 2");
        (await CountAsync("""SELECT count(*) FROM "WorkflowTasks" WHERE "InstanceId" = @id AND "ElementId" = 'b'""", started.InstanceId)).Should().Be(1);
        (await runtime.GetJournalAsync(started.InstanceId)).Count(e => e.Kind == JournalKind.TaskCompleted).Should().Be(1);
    }

    private WorkflowRuntime NewRuntime() =>
        new(database.NewStore(_clock), database.NewDefinitions(_clock), new InMemoryTimerScheduler(_clock), TestActivities.Create(), _clock);

    private static async Task<string> DeployAsync(WorkflowRuntime runtime, string xml)
    {
        var key = $"held-{Guid.NewGuid():N}";
        await runtime.DeployAsync(xml, key);
        return key;
    }

    private async Task<long> CountAsync(string sql, Guid instanceId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", instanceId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
