using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Workflows.Outbox;
using WorkflowOffice.Host.Workflows.Persistence;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>
/// Failures and races on PostgreSQL with two "hosts": each has its own <see cref="EfWorkflowStore"/> (its own
/// contexts and connections) and its own runtime, as two servers sharing the database would.
/// </summary>
public sealed class CrashSafetyTests(WorkflowDatabaseFixture database) : IClassFixture<WorkflowDatabaseFixture>
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task CommitRejectedByTheDatabase_LeavesThePreviousStateIntact()
    {
        var runtime = NewRuntime();
        var key = await DeployAsync(runtime, Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" wo:outcomes="ok,boom" />
            <bpmn:serviceTask id="tell" wo:activity="notify" wo:event="done" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "tell", "end")));
        var before = await runtime.StartAsync(key, "CASE-9", null, Actor.System);
        var task = (await runtime.QueryTasksAsync(new TaskQuery(InstanceId: before.InstanceId))).Single();
        var journalBefore = (await runtime.GetJournalAsync(before.InstanceId)).Count;

        // The database itself refuses the step half-way through its batch (a journal line it will not take).
        await ExecuteAsync("""ALTER TABLE "WorkflowJournal" ADD CONSTRAINT test_no_boom CHECK ("Detail" IS DISTINCT FROM 'boom')""");
        try
        {
            await FluentActions.Awaiting(async () => await runtime.CompleteTaskAsync(task.Id, "boom", Vars(("x", 1)), Actor.User("alice")))
                .Should().ThrowAsync<Exception>();
        }
        finally
        {
            await ExecuteAsync("""ALTER TABLE "WorkflowJournal" DROP CONSTRAINT test_no_boom""");
        }

        var after = (await NewRuntime().GetInstanceAsync(before.InstanceId))!;
        after.Version.Should().Be(before.Version);
        after.Status.Should().Be(InstanceStatus.Waiting);
        after.Variables.Should().NotContainKey("x");
        (await runtime.GetTaskAsync(task.Id))!.Status.Should().Be(UserTaskStatus.Open);
        (await runtime.GetJournalAsync(before.InstanceId)).Should().HaveCount(journalBefore);
        (await CountOutboxAsync(before.InstanceId)).Should().Be(0, "the notification of the failed step was not written either");

        (await runtime.CompleteTaskAsync(task.Id, "ok", null, Actor.User("alice"))).Status.Should().Be(InstanceStatus.Completed);
        (await CountOutboxAsync(before.InstanceId)).Should().Be(1);
    }

    [Fact]
    public async Task StepThatFailsInTheEngine_LeavesThePreviousStateIntact()
    {
        var runtime = NewRuntime();

        // After the task the model loops without a wait state: the step fails before anything is written.
        var key = await DeployAsync(runtime, Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" />
            <bpmn:serviceTask id="spin" />
            <bpmn:exclusiveGateway id="again" default="out" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "spin", "again") + Flow("again", "spin", "true") + Flow("again", "end", id: "out")));
        var before = await runtime.StartAsync(key, null, null, Actor.System);
        var task = (await runtime.QueryTasksAsync(new TaskQuery(InstanceId: before.InstanceId))).Single();

        await FluentActions.Awaiting(async () => await runtime.CompleteTaskAsync(task.Id, null, null, Actor.User("alice")))
            .Should().ThrowAsync<WorkflowException>().WithMessage("*without a wait state*");

        var after = (await runtime.GetInstanceAsync(before.InstanceId))!;
        after.Version.Should().Be(before.Version);
        (await runtime.GetTaskAsync(task.Id))!.Status.Should().Be(UserTaskStatus.Open);
    }

    [Fact]
    public async Task TwoHostsCompletingOneTask_OneSucceeds_TheOtherIsToldWhoCompletedIt()
    {
        var gate = new CommitGate();
        gate.Hold(2);
        var first = NewRuntime(gate);
        var second = NewRuntime(gate);
        var key = await DeployAsync(first, Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="a" /><bpmn:endEvent id="end" />""" + Chain("start", "a", "end")));
        var started = await NewRuntime().StartAsync(key, null, null, Actor.System);
        var task = (await first.QueryTasksAsync(new TaskQuery(InstanceId: started.InstanceId))).Single();

        var outcomes = await Task.WhenAll(
            Task.Run(() => TryAsync(() => first.CompleteTaskAsync(task.Id, null, null, Actor.User("alice")))),
            Task.Run(() => TryAsync(() => second.CompleteTaskAsync(task.Id, null, null, Actor.User("bob")))));

        outcomes.Count(o => o is null).Should().Be(1);
        var conflict = outcomes.OfType<TaskAlreadyCompletedException>().Should().ContainSingle().Subject;
        var winner = (await first.GetTaskAsync(task.Id))!.CompletedBy;
        winner.Should().BeOneOf("alice", "bob");
        conflict.CompletedBy.Should().Be(winner);
        conflict.Message.Should().Contain($"already completed by {winner}");
        var journal = await first.GetJournalAsync(started.InstanceId);
        journal.Count(e => e.Kind == JournalKind.TaskCompleted).Should().Be(1);
        journal.Select(e => e.Sequence).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
        (await first.GetInstanceAsync(started.InstanceId))!.Status.Should().Be(InstanceStatus.Completed);
    }

    [Fact]
    public async Task TwoHostsCompletingParallelBranches_JoinExactlyOnce()
    {
        var gate = new CommitGate();
        gate.Hold(2);
        var first = NewRuntime(gate);
        var second = NewRuntime(gate);
        var key = await DeployAsync(first, Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:userTask id="a" />
            <bpmn:userTask id="b" />
            <bpmn:parallelGateway id="join" />
            <bpmn:userTask id="after" />
            <bpmn:endEvent id="end" />
            """ + Flow("start", "fork") + Flow("fork", "a") + Flow("fork", "b") + Flow("a", "join") + Flow("b", "join") + Chain("join", "after", "end")));
        var started = await NewRuntime().StartAsync(key, null, null, Actor.System);
        var tasks = await first.QueryTasksAsync(new TaskQuery(InstanceId: started.InstanceId));

        var outcomes = await Task.WhenAll(
            Task.Run(() => TryAsync(() => first.CompleteTaskAsync(tasks.Single(t => t.ElementId == "a").Id, null, null, Actor.User("alice")))),
            Task.Run(() => TryAsync(() => second.CompleteTaskAsync(tasks.Single(t => t.ElementId == "b").Id, null, null, Actor.User("bob")))));

        outcomes.Should().AllSatisfy(o => o.Should().BeNull("the loser of the race re-runs its step on the fresh state"));
        var open = await first.QueryTasksAsync(new TaskQuery(InstanceId: started.InstanceId));
        open.Select(t => t.ElementId).Should().Equal("after");
        var journal = await first.GetJournalAsync(started.InstanceId);
        journal.Count(e => e.Kind == JournalKind.ElementLeft && e.ElementId == "join").Should().Be(1);
        (await first.GetInstanceAsync(started.InstanceId))!.Tokens.Should().ContainSingle(t => t.ElementId == "after");
    }

    private WorkflowRuntime NewRuntime(CommitGate? gate = null) =>
        database.NewRuntime(_clock, gate is null ? null : new FaultInjectingStore(database.NewStore(_clock), gate));

    private static Task<string> DeployAsync(WorkflowRuntime runtime, string xml) => WorkflowDatabaseFixture.DeployAsync(runtime, xml, "crash");

    private static async Task<Exception?> TryAsync(Func<ValueTask<InstanceState>> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (WorkflowException ex)
        {
            return ex;
        }
    }

    private Task<object?> ExecuteAsync(string sql) => database.ScalarAsync(sql);

    private async Task<long> CountOutboxAsync(Guid instanceId) =>
        (long)(await database.ScalarAsync($"""SELECT count(*) FROM "OutboxMessages" WHERE "InstanceId" = @id AND "Kind" = '{OutboxWriter.NotificationKind}'""", instanceId))!;

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
