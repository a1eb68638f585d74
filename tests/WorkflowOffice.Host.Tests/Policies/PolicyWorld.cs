using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Policies;
using WorkflowOffice.Host.Tests.Cases;
using WorkflowOffice.Host.Tests.Infrastructure;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Host.Tests.Policies;

/// <summary>
/// A fresh association with its seeded policy and one policy owner, two board members and an officer, so that
/// each test owns its editions (one edition may be in progress per policy).
/// </summary>
public sealed class PolicyWorld
{
    public const string Key = PolicyCatalog.BeneficiaryRelationshipKey;

    private PolicyWorld(HostFixture fixture, Guid associationId, string code)
    {
        Fixture = fixture;
        AssociationId = associationId;
        Code = code;
    }

    public HostFixture Fixture { get; }

    public Guid AssociationId { get; }

    public string Code { get; }

    public HttpClient Owner { get; private set; } = null!;

    public HttpClient Board1 { get; private set; } = null!;

    public HttpClient Board2 { get; private set; } = null!;

    public HttpClient Officer { get; private set; } = null!;

    public static async Task<PolicyWorld> CreateAsync(HostFixture fixture)
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var id = Guid.NewGuid();
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
            db.Associations.Add(new Association { Id = id, Code = code, NameAr = "جمعية اختبار " + code, NameEn = "Test association " + code });
            await db.SaveChangesAsync();
        }

        await fixture.Factory.Services.SeedPoliciesAsync();
        // Its procedure settings and support types, so that the officer can take in cases.
        await fixture.Factory.Services.SeedCasesAsync();
        var world = new PolicyWorld(fixture, id, code);
        world.Owner = await world.SignInAsync(Roles.PolicyOwner, "owner");
        world.Board1 = await world.SignInAsync(Roles.BoardMember, "board1");
        world.Board2 = await world.SignInAsync(Roles.BoardMember, "board2");
        world.Officer = await world.SignInAsync(Roles.RelationsOfficer, "officer");
        return world;
    }

    public async Task<HttpClient> SignInAsync(string role, string login)
    {
        var email = $"{login}@{Code.ToLowerInvariant()}.test";
        using (var scope = Fixture.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, AssociationId = AssociationId, DisplayNameEn = login, DisplayNameAr = login };
            (await users.CreateAsync(user, TestUsers.Password)).Succeeded.Should().BeTrue();
            (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        }

        var client = Fixture.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password });
        signIn.EnsureSuccessStatusCode();
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new draft copied from the published edition, with <paramref name="edit"/> applied to its BPMN.</summary>
    public async Task<int> CreateDraftAsync(Func<string, string>? edit = null)
    {
        var created = await Owner.PostAsJsonAsync($"/api/policies/{Key}/editions", new { });
        created.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
        if (edit is not null)
        {
            var xml = await GetXmlAsync(number);
            var saved = await Owner.PutAsJsonAsync($"/api/policies/{Key}/editions/{number}/procedure", new { bpmnXml = edit(xml) });
            saved.EnsureSuccessStatusCode();
        }

        return number;
    }

    public async Task<string> GetXmlAsync(int number) =>
        (await Owner.GetFromJsonAsync<JsonElement>($"/api/policies/{Key}/editions/{number}")).GetProperty("bpmnXml").GetString()!;

    public async Task<HttpResponseMessage> SubmitAsync(int number) =>
        await Owner.PostAsync($"/api/policies/{Key}/editions/{number}/submit", null);

    public static async Task<HttpResponseMessage> VoteAsync(HttpClient client, int number, string vote, string? comment = null) =>
        await client.PostAsJsonAsync($"/api/policies/{Key}/editions/{number}/votes", new { vote, comment });

    public async Task<HttpResponseMessage> PublishAsync(int number) =>
        await Owner.PostAsJsonAsync($"/api/policies/{Key}/editions/{number}/publish", new { meetingNumber = 3, boardCycle = 2, meetingDate = "2026-02-10" });

    /// <summary>A support case taken in by the officer through the API; complete and clear, it waits for the attestation.</summary>
    public async Task<Guid> StartCaseAsync()
    {
        var created = await PolicyApi.CreateCaseAsync(Officer);
        created.GetProperty("status").GetString().Should().Be("awaitingAttestation");
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>The officer records the attestation (STEP-4), which sends the case to the committee (STEP-5).</summary>
    public async Task<CaseAtCommittee> SendToCommitteeAsync(Guid caseId)
    {
        var sentAt = Fixture.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var attestation = await PolicyApi.TaskAsync(Officer, caseId, "attestation");
        await PolicyApi.CompleteOkAsync(Officer, attestation, "attested", new { method = "signature", signature = "M0,0" });
        (await PolicyApi.StatusAsync(Officer, caseId)).Should().Be("withCommittee");

        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var @case = await db.Set<SupportCase>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == caseId);
        var deadline = await db.Set<WorkflowTimerRow>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.InstanceId == @case.WorkflowInstanceId && t.ElementId == "committeeDeadline" && !t.Resolved)
            .Select(t => t.DueAt).SingleAsync();
        var shown = await Officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
        var vote = shown.GetProperty("currentTasks").EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == "committeeVote");
        DateTimeOffset? voteDue = vote.GetProperty("dueAt").ValueKind == JsonValueKind.Null ? null : vote.GetProperty("dueAt").GetDateTimeOffset();
        return new CaseAtCommittee(@case.DefinitionVersion, @case.PolicyEditionLabel, sentAt, new DateTimeOffset(DateTime.SpecifyKind(deadline, DateTimeKind.Utc)), voteDue);
    }
}
