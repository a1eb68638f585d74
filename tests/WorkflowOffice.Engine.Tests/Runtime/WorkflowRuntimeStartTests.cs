using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Engine.Tests.Runtime;

public class WorkflowRuntimeStartTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly InMemoryWorkflowStore _store = new();
    private readonly WorkflowRuntime _runtime;

    public WorkflowRuntimeStartTests()
    {
        _runtime = new WorkflowRuntime(_store, new InMemoryDefinitionRepository(_clock), new FailingTimerScheduler(), TestActivities.Create(), _clock);
    }

    [Fact]
    public async Task StartAtVersion_RunsThatVersionsPath_EvenWhenALaterVersionIsDeployed()
    {
        await DeployTwoVersionsAsync();

        var pinned = await _runtime.StartAsync(new StartRequest("p", Actor.System) { Version = 1, BusinessKey = "CASE-1" });
        var latest = await _runtime.StartAsync("p", "CASE-2", null, Actor.System);

        pinned.DefinitionVersion.Should().Be(1);
        (await OpenTaskElementsAsync(pinned.InstanceId)).Should().Equal("reviewV1");
        latest.DefinitionVersion.Should().Be(2, "without a version the latest one starts, as before");
        (await OpenTaskElementsAsync(latest.InstanceId)).Should().Equal("reviewV2");
    }

    [Fact]
    public async Task StartAtUnknownVersion_ThrowsDefinitionNotFound_AndStartsNothing()
    {
        await DeployTwoVersionsAsync();

        var start = async () => await _runtime.StartAsync(new StartRequest("p", Actor.System) { Version = 3, InstanceId = Guid.NewGuid() });

        await start.Should().ThrowAsync<DefinitionNotFoundException>();
        (await _runtime.QueryTasksAsync(new TaskQuery())).Should().BeEmpty();
    }

    [Fact]
    public async Task StartWithAnExistingInstanceId_ThrowsConflictAtVersionZero_AndKeepsTheFirstInstance()
    {
        await DeployTwoVersionsAsync();
        var id = Guid.NewGuid();
        var first = await _runtime.StartAsync(new StartRequest("p", Actor.System) { Version = 1, InstanceId = id, BusinessKey = "CASE-1" });

        var again = async () => await _runtime.StartAsync(new StartRequest("p", Actor.System) { InstanceId = id, BusinessKey = "CASE-1" });

        (await again.Should().ThrowAsync<ConcurrencyConflictException>()).Which.ExpectedVersion.Should().Be(0);
        first.InstanceId.Should().Be(id);
        var stored = await _runtime.GetInstanceAsync(id);
        stored!.DefinitionVersion.Should().Be(1, "the second start (at the latest version) changed nothing");
        stored.Version.Should().Be(1);
        (await OpenTaskElementsAsync(id)).Should().Equal("reviewV1");
        (await _runtime.QueryTasksAsync(new TaskQuery())).Should().ContainSingle("the losing start's task was never written");
    }

    private async Task DeployTwoVersionsAsync()
    {
        (await _runtime.DeployAsync(Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="reviewV1" /><bpmn:endEvent id="end" />""" + Chain("start", "reviewV1", "end")))).Version.Should().Be(1);
        (await _runtime.DeployAsync(Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="reviewV2" /><bpmn:endEvent id="end" />""" + Chain("start", "reviewV2", "end")))).Version.Should().Be(2);
    }

    private async Task<List<string>> OpenTaskElementsAsync(Guid instanceId) =>
        (await _runtime.QueryTasksAsync(new TaskQuery(InstanceId: instanceId))).Select(t => t.ElementId).ToList();
}
