using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Activities.Bpmn;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Policies;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Policies;

public abstract class PolicyEditionApiTests(HostFixture fixture)
{
    private const string Key = PolicyWorld.Key;

    /// <summary>
    /// The owner's edit of the reference procedure: the research committee answers within 10 days instead of 14 (STEP-5),
    /// changed where the procedure keeps it: the review's <c>wo:dueIn</c>, its escalation timer and its reminder (four
    /// days before), and the deadline the beneficiary is told. The other two-week deadlines stay.
    /// </summary>
    internal static string TenDays(string xml)
    {
        xml = ReplaceOnce(xml, """<bpmn:subProcess id="committeeReview" """, """wo:dueIn="P14D" """, """wo:dueIn="P10D" """);
        xml = ReplaceOnce(xml, """<bpmn:sendTask id="notifySentToCommittee" """, """wo:dueIn="P14D" """, """wo:dueIn="P10D" """);
        xml = ReplaceOnce(xml, """id="committeeDeadline_def">""", ">P14D<", ">P10D<");
        return ReplaceOnce(xml, """id="committeeReminder_def">""", ">P10D<", ">P6D<");
    }

    /// <summary>Replaces the first <paramref name="from"/> after <paramref name="anchor"/>; fails if either is missing.</summary>
    private static string ReplaceOnce(string xml, string anchor, string from, string to)
    {
        var at = xml.IndexOf(anchor, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the reference procedure has {anchor}");
        var value = xml.IndexOf(from, at, StringComparison.Ordinal);
        value.Should().BeGreaterThan(at, $"{anchor} carries {from}");
        return string.Concat(xml.AsSpan(0, value), to, xml.AsSpan(value + from.Length));
    }

    [Fact]
    public async Task NewAssociation_HasThirdEdition2023_PublishedByMeeting8Cycle1()
    {
        var world = await PolicyWorld.CreateAsync(fixture);

        var editions = await world.Officer.GetFromJsonAsync<JsonElement>($"/api/policies/{Key}/editions");

        var third = editions.EnumerateArray().Should().ContainSingle().Subject;
        third.GetProperty("number").GetInt32().Should().Be(3);
        third.GetProperty("year").GetInt32().Should().Be(2023);
        third.GetProperty("status").GetString().Should().Be("Published");
        third.GetProperty("boardMeetingNumber").GetInt32().Should().Be(8);
        third.GetProperty("boardCycle").GetInt32().Should().Be(1);
        third.GetProperty("meetingDate").GetString().Should().Be("2023-11-14");
        var policies = await world.Officer.GetFromJsonAsync<JsonElement>("/api/policies");
        policies.EnumerateArray().Single().GetProperty("nameEn").GetString().Should().Be("Policy on regulating the relationship with beneficiaries");
    }

    [Fact]
    public async Task Publish_Returns409_WhenEditionIsADraft()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var draft = await world.CreateDraftAsync(TenDays);

        var response = await world.PublishAsync(draft);

        await ShouldBeRefusedAsync(response, "not-approved", "only an approved edition can be published");
    }

    [Fact]
    public async Task Publish_Returns409_WhenBoardReturnedTheEdition()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var draft = await world.CreateDraftAsync(TenDays);
        (await world.SubmitAsync(draft)).EnsureSuccessStatusCode();
        (await PolicyWorld.VoteAsync(world.Board1, draft, "return", "Keep the two weeks of the policy text.")).EnsureSuccessStatusCode();

        var response = await world.PublishAsync(draft);

        await ShouldBeRefusedAsync(response, "returned", "returned by the board");
        var edition = await world.Owner.GetFromJsonAsync<JsonElement>($"/api/policies/{Key}/editions/{draft}");
        edition.GetProperty("edition").GetProperty("status").GetString().Should().Be("Returned");
        edition.GetProperty("votes")[0].GetProperty("comment").GetString().Should().Be("Keep the two weeks of the policy text.");
    }

    [Fact]
    public async Task Publish_Returns409_WhenApprovedContentWasChangedAfterApproval()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var draft = await world.CreateDraftAsync(TenDays);
        (await world.SubmitAsync(draft)).EnsureSuccessStatusCode();
        (await PolicyWorld.VoteAsync(world.Board1, draft, "approve")).EnsureSuccessStatusCode();
        (await PolicyWorld.VoteAsync(world.Board2, draft, "approve")).EnsureSuccessStatusCode();
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            // Someone edits the approved procedure behind the application's back.
            var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
            var edition = await db.Set<PolicyEdition>().SingleAsync(e => e.AssociationId == world.AssociationId && e.Number == draft);
            edition.BpmnXml = edition.BpmnXml.Replace("P10D", "P1D", StringComparison.Ordinal);
            await db.SaveChangesAsync();
        }

        var response = await world.PublishAsync(draft);

        await ShouldBeRefusedAsync(response, "tampered", "changed after the board approved it");
    }

    [Fact]
    public async Task Vote_Returns403_ForUserWithoutBoardMemberRole()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var draft = await world.CreateDraftAsync(TenDays);
        (await world.SubmitAsync(draft)).EnsureSuccessStatusCode();

        var byOwner = await PolicyWorld.VoteAsync(world.Owner, draft, "approve");
        var byOfficer = await PolicyWorld.VoteAsync(world.Officer, draft, "approve");

        byOwner.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        byOfficer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var edition = await world.Owner.GetFromJsonAsync<JsonElement>($"/api/policies/{Key}/editions/{draft}");
        edition.GetProperty("votes").GetArrayLength().Should().Be(0);
        edition.GetProperty("edition").GetProperty("status").GetString().Should().Be("Submitted");
    }

    [Fact]
    public async Task Submit_Returns422WithProblemsAndElementIds_WhenProcedureHasProblems()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        // A flow to an element that does not exist, and a deadline that is not a duration.
        var draft = await world.CreateDraftAsync(xml => ReplaceOnce(
            ReplaceOnce(xml, """<bpmn:sequenceFlow id="f_decision" """, """targetRef="gwDecision" """, """targetRef="Nowhere" """),
            """<bpmn:subProcess id="committeeReview" """, """wo:dueIn="P14D" """, """wo:dueIn="two weeks" """));

        var response = await world.SubmitAsync(draft);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()
            .Select(p => p.GetProperty("elementId").GetString()).ToList();
        problems.Should().Contain("f_decision").And.Contain("committeeReview");
        var edition = await world.Owner.GetFromJsonAsync<JsonElement>($"/api/policies/{Key}/editions/{draft}");
        edition.GetProperty("edition").GetProperty("status").GetString().Should().Be("Draft");
    }

    [Fact]
    public async Task HappyPath_DraftSubmitTwoApprovalsPublish_MakesTheNewEditionTheProcedureForNewCases()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        // A case taken in under the third edition; it reaches the committee only after the new edition is published.
        var before = await world.StartCaseAsync();
        var draft = await world.CreateDraftAsync(TenDays);
        (await world.SubmitAsync(draft)).EnsureSuccessStatusCode();

        var diff = await world.Board1.GetFromJsonAsync<JsonElement>($"/api/policies/{Key}/editions/{draft}/diff");
        diff.GetProperty("against").GetInt32().Should().Be(3);
        diff.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("english").GetString())
            .Should().Contain(l => l!.EndsWith("time allowed: 14 days → 10 days", StringComparison.Ordinal))
            .And.Contain(l => l!.EndsWith(": 14 days → 10 days", StringComparison.Ordinal));

        var first = await PolicyWorld.VoteAsync(world.Board1, draft, "approve", "Agreed.");
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("Submitted", "one of two board members is not a majority");
        var again = await PolicyWorld.VoteAsync(world.Board1, draft, "approve");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict, "a member votes once");
        var second = await PolicyWorld.VoteAsync(world.Board2, draft, "approve");
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("Approved");

        var published = await world.PublishAsync(draft);

        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        using var scope = fixture.Factory.Services.CreateScope();
        var procedure = await scope.ServiceProvider.GetRequiredService<IPublishedProcedure>().GetAsync(world.AssociationId);
        procedure.Should().NotBeNull();
        procedure!.Number.Should().Be(4);
        procedure.DefinitionKey.Should().Be($"{Key}.{world.Code.ToLowerInvariant()}");
        procedure.DefinitionVersion.Should().Be(2, "the seeded third edition was version 1");
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowOffice.Engine.Runtime.IDefinitionRepository>();
        (await definitions.GetAsync(procedure.DefinitionKey, 2))!.BpmnXml.Should().Be(TenDays(ReferenceProcedure.LoadXml()));
        (await definitions.GetAsync(procedure.DefinitionKey, 1))!.BpmnXml.Should().Be(ReferenceProcedure.LoadXml(), "the seeded third edition is the reference procedure");

        // The case started before keeps the third edition's two weeks; a case started now gets the 10 days.
        var after = await world.StartCaseAsync();
        var old = await world.SendToCommitteeAsync(before);
        var @new = await world.SendToCommitteeAsync(after);
        old.DefinitionVersion.Should().Be(1);
        old.EditionLabel.Should().Be("3/2023");
        (old.CommitteeDeadline - old.SentAt).Should().BeCloseTo(TimeSpan.FromDays(14), TimeSpan.FromMinutes(1));
        old.VoteDueAt.Should().Be(old.CommitteeDeadline, "the members' vote task shows the stage's two weeks (STEP-5)");
        @new.DefinitionVersion.Should().Be(2);
        @new.EditionLabel.Should().Be("4/2026");
        (@new.CommitteeDeadline - @new.SentAt).Should().BeCloseTo(TimeSpan.FromDays(10), TimeSpan.FromMinutes(1));
        @new.VoteDueAt.Should().Be(@new.CommitteeDeadline, "the new edition's vote task shows its 10 days");
        var editions = await world.Owner.GetFromJsonAsync<JsonElement>($"/api/policies/{Key}/editions");
        editions.EnumerateArray().Select(e => (e.GetProperty("number").GetInt32(), e.GetProperty("status").GetString()))
            .Should().Equal((4, "Published"), (3, "Superseded"));
        editions[0].GetProperty("boardMeetingNumber").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task AnotherAssociation_CannotSeeOrVoteOnTheEdition()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var other = await PolicyWorld.CreateAsync(fixture);
        var draft = await world.CreateDraftAsync(TenDays);
        (await world.SubmitAsync(draft)).EnsureSuccessStatusCode();

        var read = await other.Board1.GetAsync($"/api/policies/{Key}/editions/{draft}");
        var vote = await PolicyWorld.VoteAsync(other.Board1, draft, "approve");

        read.StatusCode.Should().Be(HttpStatusCode.NotFound);
        vote.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var theirs = await other.Board1.GetFromJsonAsync<JsonElement>($"/api/policies/{Key}/editions");
        theirs.EnumerateArray().Select(e => e.GetProperty("number").GetInt32()).Should().Equal(3);
        using var scope = fixture.Factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<IPublishedProcedure>().GetAsync(other.AssociationId))!.Number.Should().Be(3);
    }

    [Fact]
    public async Task Validate_ListsProblemsWithElementIds()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var xml = await world.GetXmlAsync(3);

        var valid = await world.Owner.PostAsJsonAsync("/api/procedures/validate", new { bpmnXml = xml });
        var invalid = await world.Owner.PostAsJsonAsync("/api/procedures/validate", new { bpmnXml = xml.Replace(">P14D<", ">fourteen days<", StringComparison.Ordinal) });

        (await valid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean().Should().BeTrue();
        var result = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("valid").GetBoolean().Should().BeFalse();
        result.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("elementId").GetString()).Should().Contain("committeeDeadline");
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string reason, string detail)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("reason").GetString().Should().Be(reason);
        problem.GetProperty("detail").GetString().Should().Contain(detail);
    }

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : PolicyEditionApiTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : PolicyEditionApiTests(fixture), IClassFixture<SqliteHostFixture>;
}
