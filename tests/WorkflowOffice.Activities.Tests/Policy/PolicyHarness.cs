using WorkflowOffice.Activities.Bpmn;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.Effects;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Testing;

namespace WorkflowOffice.Activities.Tests.Policy;

/// <summary>The engine's real runtime on the in-memory store and the manual clock, with the reference procedure deployed.</summary>
public sealed class PolicyHarness : IDisposable
{
    public const string AssociationId = "assoc-btr";

    private readonly InMemoryWorkflowStore _store = new();
    private readonly InMemoryTimerScheduler _scheduler;
    private bool _deployed;

    public PolicyHarness()
    {
        Facts.Committees[AssociationId] = InMemoryCaseFacts.ThreeMembers;
        _scheduler = new InMemoryTimerScheduler(Clock);
        Registry = new ActivityRegistry().AddPolicyActivities(Facts, FileNumbers, Surveys);
        Runtime = new WorkflowRuntime(_store, new InMemoryDefinitionRepository(Clock), _scheduler, Registry, Clock);
        _scheduler.Connect(Runtime);
    }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));

    public InMemoryCaseFacts Facts { get; } = new();

    public InMemoryFileNumberAllocator FileNumbers { get; } = new();

    public InMemorySurveyIssuer Surveys { get; } = new();

    public ActivityRegistry Registry { get; }

    public WorkflowRuntime Runtime { get; }

    public static Actor Officer { get; } = Actor.User("officer1", PolicyRoles.RelationsOfficer);

    public static Actor Researcher { get; } = Actor.User("researcher1", PolicyRoles.SocialResearcher);

    public static Actor Director { get; } = Actor.User("director1", PolicyRoles.Director);

    public static Actor Member(string id) => Actor.User(id, PolicyRoles.CommitteeMember);

    /// <summary>Starts a case: a support request by default, its facts registered under <paramref name="caseId"/>.</summary>
    public async Task<Guid> StartAsync(string caseId, Dictionary<string, object?>? extra = null)
    {
        if (!_deployed)
        {
            await Runtime.DeployAsync(ReferenceProcedure.LoadXml());
            _deployed = true;
        }

        var variables = new Dictionary<string, object?>
        {
            [PolicyVariables.CaseId] = caseId,
            [PolicyVariables.AssociationId] = AssociationId,
            [PolicyVariables.AssociationCode] = "BTR",
            [PolicyVariables.Reference] = "REF-" + caseId,
            [PolicyVariables.Channel] = "CH-7",
            [PolicyVariables.RequestKind] = "support",
        };
        foreach (var (name, value) in extra ?? [])
        {
            variables[name] = value;
        }

        return (await Runtime.StartAsync(ReferenceProcedure.Key, "REF-" + caseId, variables, Actor.System)).InstanceId;
    }

    public async Task<IReadOnlyList<UserTaskRecord>> OpenTasksAsync(Guid instanceId) =>
        await Runtime.QueryTasksAsync(new TaskQuery(InstanceId: instanceId));

    public async Task<UserTaskRecord> TaskAsync(Guid instanceId, string elementId) =>
        (await OpenTasksAsync(instanceId)).Single(t => t.ElementId == elementId);

    public async Task<InstanceState> CompleteAsync(Guid instanceId, string elementId, Actor actor, string? outcome = null, Dictionary<string, object?>? data = null)
    {
        var task = await TaskAsync(instanceId, elementId);
        return await Runtime.CompleteTaskAsync(task.Id, outcome, data, actor);
    }

    public Task<InstanceState> VoteAsync(Guid instanceId, string memberId, string choice, string? reasons = null) =>
        CompleteAsync(instanceId, "committeeVote", Member(memberId), choice, new() { [PolicyVariables.MemberId] = memberId, [PolicyVariables.Reasons] = reasons });

    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await _scheduler.WhenIdleAsync();
        _scheduler.Errors.Should().BeEmpty();
    }

    public async Task<InstanceState> StateAsync(Guid instanceId) => (await Runtime.GetInstanceAsync(instanceId))!;

    /// <summary>The elements entered, in order (the journal's path).</summary>
    public async Task<IReadOnlyList<string>> PathAsync(Guid instanceId) =>
        [.. (await Runtime.GetJournalAsync(instanceId)).Where(e => e.Kind == JournalKind.ElementEntered).Select(e => e.ElementId!)];

    /// <summary>The notifications the instance requested, in commit order.</summary>
    public IReadOnlyList<NotificationRequested> Notifications(Guid instanceId) =>
        [.. _store.Outbox.Where(n => n.InstanceId == instanceId)];

    public void Dispose() => _scheduler.Dispose();
}
