using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Engine.Tests.Runtime;

/// <summary>
/// STEP-5: the committee's two weeks are set on the review stage (an embedded sub-process with <c>wo:dueIn</c>);
/// the vote task inside it has no due date of its own and must show the stage's deadline, also when it reopens.
/// </summary>
public class StageDeadlineTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly WorkflowRuntime _runtime;

    public StageDeadlineTests()
    {
        _runtime = new WorkflowRuntime(new InMemoryWorkflowStore(), new InMemoryDefinitionRepository(_clock), new FailingTimerScheduler(), TestActivities.Create(), _clock);
    }

    private static string Model => Process("p", """
        <bpmn:startEvent id="start" />
        <bpmn:subProcess id="review" wo:dueIn="P14D">
          <bpmn:startEvent id="reviewStart" />
          <bpmn:userTask id="vote" wo:role="CommitteeMember" />
          <bpmn:exclusiveGateway id="decided" default="decided_reviewEnd" />
          <bpmn:endEvent id="reviewEnd" />
        """ + Chain("reviewStart", "vote", "decided") + Flow("decided", "vote", "again = true") + Flow("decided", "reviewEnd") + """
        </bpmn:subProcess>
        <bpmn:userTask id="register" />
        <bpmn:endEvent id="end" />
        """ + Chain("start", "review", "register", "end"));

    [Fact]
    public async Task VoteInsideTheReviewStage_IsDueWhenTheStageIs_AndKeepsThatDateWhenItReopens()
    {
        await _runtime.DeployAsync(Model);
        var startedAt = _clock.GetUtcNow();
        var instance = await _runtime.StartAsync("p", "CASE-1", null, Actor.System);

        var first = await SingleOpenTaskAsync(instance.InstanceId);
        first.ElementId.Should().Be("vote");
        first.DueAt.Should().Be(startedAt.AddDays(14), "the task has no wo:dueIn of its own, its stage has P14D");

        _clock.Advance(TimeSpan.FromDays(3));
        await _runtime.CompleteTaskAsync(first.Id, null, new Dictionary<string, object?> { ["again"] = true }, Actor.System);

        var second = await SingleOpenTaskAsync(instance.InstanceId);
        second.Id.Should().NotBe(first.Id);
        second.DueAt.Should().Be(startedAt.AddDays(14), "the stage's deadline was fixed when it was entered, not when the vote reopened");

        await _runtime.CompleteTaskAsync(second.Id, null, new Dictionary<string, object?> { ["again"] = false }, Actor.System);
        var after = await SingleOpenTaskAsync(instance.InstanceId);
        after.ElementId.Should().Be("register");
        after.DueAt.Should().BeNull("outside the stage nothing sets a due date");
        (await _runtime.GetInstanceAsync(instance.InstanceId))!.ScopeDeadlines.Should().BeNullOrEmpty("the stage's deadline goes with the stage");
    }

    private async Task<UserTaskRecord> SingleOpenTaskAsync(Guid instanceId) =>
        (await _runtime.QueryTasksAsync(new TaskQuery(InstanceId: instanceId))).Single();
}
