using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tasks;
using WorkflowOffice.Host.Tests.Cases;
using WorkflowOffice.Host.Workflows.Persistence;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Tasks;

/// <summary>The inbox lists as the database filters, sorts and cuts them, on PostgreSQL.</summary>
public abstract class InboxQueryTests(CasesFixture fixture)
{
    [Fact]
    public async Task Queue_ShowsTheFirstTasksAndTheTotal_WhenMoreMatchThanFit()
    {
        var cases = await CreateCasesAsync(3);

        var page = await QueryAsync(Officer, new InboxQuery("queue", cases, Take: 2));

        page.Total.Should().Be(3);
        page.Items.Should().HaveCount(2);
        page.Items.Should().OnlyContain(t => cases.Contains(t.CaseId) && t.Form == "attestation");
        page.Items.Select(t => t.CreatedAt).Should().BeInAscendingOrder("equal due dates are ordered by age");
    }

    [Fact]
    public async Task Queue_ShowsNoTaskOfAnotherAssociation()
    {
        var cases = await CreateCasesAsync(1);

        (await QueryAsync(Officer, new InboxQuery("queue", cases))).Items.Should().ContainSingle();
        (await QueryAsync(ZulfiOfficer, new InboxQuery("queue", cases))).Items.Should().BeEmpty();
        (await QueryAsync(ZulfiOfficer, new InboxQuery("queue"))).Items.Should().NotContain(t => cases.Contains(t.CaseId));
    }

    [Fact]
    public async Task Filters_KeepOnlyOverdueTasks_AndMineOnlyAfterAClaim()
    {
        var cases = await CreateCasesAsync(2);
        var late = await fixture.QueryAsync(async db =>
        {
            var instanceId = await db.Set<SupportCase>().Where(c => c.Id == cases[0]).Select(c => c.WorkflowInstanceId).SingleAsync();
            var task = await db.Set<WorkflowTaskRow>().SingleAsync(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Open);
            task.DueAt = fixture.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
            await db.SaveChangesAsync();
            return task.Id;
        });

        var overdue = await QueryAsync(Officer, new InboxQuery("queue", cases, Due: "overdue"));
        overdue.Items.Should().ContainSingle().Which.Id.Should().Be(late);
        overdue.Items[0].Overdue.Should().BeTrue();
        (await QueryAsync(Officer, new InboxQuery("queue", cases, Channel: "CH-5"))).Items.Should().BeEmpty("the cases came in at the counter (CH-1)");
        (await QueryAsync(Officer, new InboxQuery("queue", cases, Type: "committee-vote"))).Items.Should().BeEmpty();

        using var officer = await fixture.SignInAsync(Officer);
        (await officer.PostAsync($"/api/tasks/{late}/claim", null)).EnsureSuccessStatusCode();
        (await QueryAsync(Officer, new InboxQuery("mine", cases))).Items.Should().ContainSingle().Which.Id.Should().Be(late);
        (await QueryAsync(Officer, new InboxQuery("queue", cases))).Items.Should().NotContain(t => t.Id == late, "a claimed task leaves the queue");
    }

    private async Task<List<Guid>> CreateCasesAsync(int count)
    {
        using var officer = await fixture.SignInAsync(Officer);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await CreateCaseAsync(officer)).GetProperty("id").GetGuid());
        }

        return ids;
    }

    private async Task<InboxPage> QueryAsync(string email, InboxQuery query)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<WorkflowOfficeDbContext>();
        var found = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == found.Id select r.Name!).ToListAsync();
        var inbox = new TaskInbox(db, services.GetRequiredService<WorkflowRuntime>(), new SignedIn(found.Id, found.AssociationId, roles),
            services.GetRequiredService<CaseStatusProjector>(), fixture.Clock);
        return await inbox.QueryAsync(query, CancellationToken.None);
    }

    private sealed class SignedIn(Guid userId, Guid associationId, IReadOnlyCollection<string> roles) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid UserId => userId;

        public Guid AssociationId => associationId;

        public IReadOnlyCollection<string> Roles => roles;

        public bool IsInRole(string role) => roles.Contains(role);
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : InboxQueryTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : InboxQueryTests(fixture), IClassFixture<SqliteCasesFixture>;
}
