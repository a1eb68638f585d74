using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Engine.Tests.Runtime;

public class WorkflowJsonTests
{
    [Fact]
    public async Task StateSavedAsJson_ContinuesExactlyAsTheOriginal()
    {
        var clock = new ManualTimeProvider();
        var runtime = new WorkflowRuntime(new InMemoryWorkflowStore(), new InMemoryDefinitionRepository(clock), new FailingTimerScheduler(), TestActivities.Create(), clock);
        var definition = await runtime.DeployAsync(Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="a" wo:role="RelationsOfficer" wo:outcomes="ok" />
            <bpmn:boundaryEvent id="late" attachedToRef="a" cancelActivity="false">{Timer("timeDuration", "P1D")}</bpmn:boundaryEvent>
            <bpmn:endEvent id="lateEnd" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "a", "end") + Flow("late", "lateEnd")));
        var variables = new Dictionary<string, object?>
        {
            ["amount"] = 12.5m,
            ["name"] = "Huda",
            ["flag"] = true,
            ["none"] = null,
            ["list"] = new List<object?> { 1m, "x" },
            ["applicant"] = new Dictionary<string, object?> { ["age"] = 40m },
        };
        var state = await runtime.StartAsync(definition.Key, "CASE-9", variables, Actor.System);

        var copy = WorkflowJson.DeserializeState(WorkflowJson.Serialize(state));

        copy.Should().BeEquivalentTo(state);
        copy.Variables["applicant"].Should().BeOfType<Dictionary<string, object?>>();
        copy.Variables["amount"].Should().Be(12.5m);
        var task = copy.Waits.Single(w => w.Kind == WaitKind.UserTask).Task!;
        var next = await new WorkflowExecutor().ExecuteAsync(definition, copy, new Engine.Runtime.Stimuli.CompleteTaskStimulus(task.Id, "ok", null, Actor.System), clock);
        next.State.Status.Should().Be(InstanceStatus.Completed);
        WorkflowJson.Serialize(state).Should().Contain("\"status\":\"Waiting\"");
    }
}
