using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Activities.Bpmn;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Policies;
using WorkflowOffice.Host.Workflows.Persistence;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Host.Tests.Cases;

/// <summary>How a case's workflow instance is started: on the published edition's version, exactly once.</summary>
public abstract class CaseStartTests(CasesFixture fixture)
{
    [Fact]
    public async Task NewCase_StartsOnThePublishedVersion_WhenALaterVersionOfTheKeyIsDeployed()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var source = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        var runtime = fixture.Factory.Services.GetRequiredService<WorkflowRuntime>();
        var key = "pinned-" + Guid.NewGuid().ToString("N")[..8];
        (await runtime.DeployAsync(ReferenceProcedure.LoadXml(), key)).Version.Should().Be(1);

        // A later version of the same key, deployed (a drafted edition) but not published.
        (await runtime.DeployAsync(Process("draft", """<bpmn:startEvent id="start" /><bpmn:userTask id="draftOnly" />""" + Chain("start", "draftOnly")), key)).Version.Should().Be(2);

        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var @case = await CopyWithoutInstanceAsync(db, source);
        var edition = new PublishedProcedure(Guid.NewGuid(), PolicyCatalog.BeneficiaryRelationshipKey, 3, 2023, key, 1);
        var procedure = new PublishedCaseProcedure(new FixedPublishedProcedure(edition), scope.ServiceProvider.GetRequiredService<ReferenceCaseProcedure>());
        var starter = ActivatorUtilities.CreateInstance<CaseWorkflowStarter>(scope.ServiceProvider, procedure);

        await starter.StartAsync(@case, null, Actor.System.Id, CancellationToken.None);

        var stored = await fixture.QueryAsync(d => d.Set<SupportCase>().AsNoTracking().SingleAsync(c => c.Id == @case.Id));
        stored.DefinitionKey.Should().Be(key);
        stored.DefinitionVersion.Should().Be(1, "new cases run on the published edition, not on the latest deployed version");
        stored.PolicyEditionId.Should().Be(edition.EditionId);
        stored.PolicyEditionLabel.Should().Be("3/2023");
        stored.Status.Should().Be("awaitingAttestation", "the published procedure's path, not the draft's");
        var instance = await runtime.GetInstanceAsync(stored.WorkflowInstanceId!.Value);
        instance!.DefinitionVersion.Should().Be(1);
        (await runtime.QueryTasksAsync(new TaskQuery(InstanceId: instance.InstanceId))).Select(t => t.ElementId).Should().Equal("attestation");
    }

    [Fact]
    public async Task StartPending_AfterACrashBetweenTheInstanceAndTheCaseUpdate_KeepsOneInstance()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        var started = await fixture.QueryAsync(d => d.Set<SupportCase>().AsNoTracking().SingleAsync(c => c.Id == caseId));
        started.WorkflowInstanceId.Should().Be(caseId, "the instance id is the case id, so a repeated start finds it");

        // The crash: the instance committed, the case row never recorded it.
        await fixture.QueryAsync(d => d.Set<SupportCase>().Where(c => c.Id == caseId).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.WorkflowInstanceId, (Guid?)null)
            .SetProperty(c => c.DefinitionKey, "")
            .SetProperty(c => c.DefinitionVersion, 0)
            .SetProperty(c => c.Status, "received")));

        using (var scope = fixture.Factory.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<CaseWorkflowStarter>().StartPendingAsync(CancellationToken.None)).Should().BeGreaterThanOrEqualTo(1);
        }

        var after = await fixture.QueryAsync(d => d.Set<SupportCase>().AsNoTracking().SingleAsync(c => c.Id == caseId));
        after.WorkflowInstanceId.Should().Be(caseId);
        after.DefinitionKey.Should().Be(started.DefinitionKey);
        after.DefinitionVersion.Should().Be(started.DefinitionVersion);
        after.Status.Should().Be("awaitingAttestation");
        (await fixture.QueryAsync(d => d.Set<WorkflowInstanceRow>().CountAsync(i => i.BusinessKey == started.Reference))).Should().Be(1);
        (await TaskAsync(officer, caseId, "attestation")).Should().NotBeEmpty("the case still has exactly one attestation task");
    }

    /// <summary>A second case like <paramref name="sourceId"/> (its beneficiary and documents), committed without an instance.</summary>
    private static async Task<SupportCase> CopyWithoutInstanceAsync(WorkflowOfficeDbContext db, Guid sourceId)
    {
        var source = await db.Set<SupportCase>().AsNoTracking().SingleAsync(c => c.Id == sourceId);
        var copy = new SupportCase
        {
            Id = Guid.CreateVersion7(),
            AssociationId = source.AssociationId,
            Reference = source.Reference + "-P",
            Year = source.Year,
            Sequence = source.Sequence + 500_000,
            Channel = source.Channel,
            Kind = source.Kind,
            BeneficiaryId = source.BeneficiaryId,
            SupportTypeCode = source.SupportTypeCode,
            SubmittedOn = source.SubmittedOn,
            CreatedAt = source.CreatedAt,
            CreatedBy = source.CreatedBy,
        };
        db.Add(copy);
        await db.SaveChangesAsync();
        return copy;
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : CaseStartTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : CaseStartTests(fixture), IClassFixture<SqliteCasesFixture>;
}
