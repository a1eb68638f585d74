using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Tasks.Forms;
using WorkflowOffice.Host.Tests.Cases;
using WorkflowOffice.Host.Workflows.Persistence;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>
/// A task completion's <c>data</c> reaches the workflow only through the form's declared fields: an officer of one
/// association cannot steer the procedure into another association's case by sending its ids.
/// </summary>
public abstract class TaskDataTests(CasesFixture fixture)
{
    [Fact]
    public async Task CompleteTask_IgnoresAnotherAssociationsIds_InData()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var zulfi = await fixture.SignInAsync(ZulfiOfficer);
        var batoorCase = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        var zulfiCase = (await CreateCaseAsync(zulfi)).GetProperty("id").GetGuid();
        var zulfiRow = await fixture.QueryAsync(db => db.Set<SupportCase>().AsNoTracking().SingleAsync(c => c.Id == zulfiCase));
        var zulfiMessagesBefore = (await fixture.MessagesAsync(zulfiCase)).Count;
        var zulfiIncidentsBefore = await fixture.QueryAsync(db => db.Set<WorkflowIncidentRow>().CountAsync(i => i.AssociationId == zulfiRow.AssociationId));

        var attestation = await TaskAsync(officer, batoorCase, "attestation");
        var response = await CompleteAsync(officer, attestation, "attested", new
        {
            method = "signature",
            signature = "M0,0 L10,10",
            caseId = zulfiCase.ToString(),
            associationId = zulfiRow.AssociationId.ToString(),
            associationCode = "ZLF",
            reference = zulfiRow.Reference,
            status = "registered",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await GetCaseAsync(officer, batoorCase)).GetProperty("status").GetString().Should().Be("withCommittee", "the Batoor case moves on as if the ids were not sent");
        (await fixture.MessagesAsync(zulfiCase)).Should().HaveCount(zulfiMessagesBefore, "nothing is sent to the Zulfi beneficiary");
        (await fixture.QueryAsync(db => db.Set<Communication>().CountAsync(c => c.CaseId == zulfiCase && c.AssociationId != zulfiRow.AssociationId))).Should().Be(0);
        (await fixture.QueryAsync(db => db.Set<WorkflowIncidentRow>().CountAsync(i => i.AssociationId == zulfiRow.AssociationId))).Should().Be(zulfiIncidentsBefore);
        var variables = await fixture.QueryAsync(db => db.Set<SupportCase>().AsNoTracking().Where(c => c.Id == batoorCase)
            .Join(db.Set<WorkflowInstanceRow>(), c => c.WorkflowInstanceId, i => i.Id, (c, i) => i.StateJson).SingleAsync());
        variables.Should().NotContain(zulfiCase.ToString()).And.NotContain(zulfiRow.AssociationId.ToString());
    }

    [Fact]
    public async Task CompleteTask_AnswersFieldProblems_ForTooLongTextAndControlCharacters()
    {
        using var officer = await fixture.SignInAsync(Officer, "en");
        using var committee = await fixture.SignInAsync(Committee, "en");
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "attestation"), "attested", new { method = "signature", signature = "M0,0" });
        var vote = await TaskAsync(officer, caseId, "committeeVote");

        var tooLong = await CompleteAsync(committee, vote, "reject", new { reasons = new string('x', 5000) });
        var withNul = await CompleteAsync(committee, vote, "reject", new { reasons = "late\0reasons" });

        foreach (var answer in new[] { tooLong, withNul })
        {
            answer.StatusCode.Should().Be(HttpStatusCode.BadRequest, await answer.Content.ReadAsStringAsync());
            answer.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("data.reasons", out _).Should().BeTrue();
        }

        (await GetCaseAsync(officer, caseId)).GetProperty("status").GetString().Should().Be("withCommittee");
    }

    [Fact]
    public void NoForm_DeclaresAReservedVariable()
    {
        TaskForms.Declared.Values.Append(TaskForms.DefaultFields).SelectMany(f => f)
            .Should().NotContain(f => ReservedVariables.Names.Contains(f.Name));
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : TaskDataTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : TaskDataTests(fixture), IClassFixture<SqliteCasesFixture>;
}
