using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Attestation;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Tests.Cases;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.PublicApi;

/// <summary>STEP-4 on the website (CH-7): the applicant attests with the one-time code sent to their mobile.</summary>
public abstract partial class PublicAttestationTests(CasesFixture fixture)
{
    [Fact]
    public async Task Applicant_AttestsWithTheSmsCode_AndTheRequestGoesToTheCommittee()
    {
        using var anonymous = fixture.Anonymous();
        var (caseId, reference) = await ApplyAsync(anonymous, "0551234567");
        var code = await LastCodeAsync(caseId);

        var response = await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation", new { mobile = "+966551234567", code, confirmed = true });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("method").GetString().Should().Be("otp");
        result.GetProperty("status").GetString().Should().Be("withCommittee", "STEP-5 follows the attestation");
        var stored = await fixture.QueryAsync(db => db.Set<Attestation>().AsNoTracking().SingleAsync(a => a.CaseId == caseId));
        stored.Method.Should().Be("otp");
        stored.RecordedBy.Should().Be("public");
        stored.AttestedAt.Should().Be(fixture.Clock.GetUtcNow());
        stored.DataHash.Should().MatchRegex("^[0-9a-f]{64}$");
        stored.DeclarationText.Should().NotBeEmpty();
        (await fixture.MessagesAsync(caseId)).Should().Contain(m => m.Event == "sent-to-committee" && m.Channel == "sms");

        using var officer = await fixture.SignInAsync(Officer);
        var file = await GetCaseAsync(officer, caseId);
        file.GetProperty("attestation").GetProperty("method").GetString().Should().Be("otp");
        file.GetProperty("attestation").GetProperty("changedSinceAttested").GetBoolean().Should().BeFalse();

        var again = await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation", new { mobile = "0551234567", code, confirmed = true });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict, "a request is attested once");
    }

    [Fact]
    public async Task WrongCode_WrongMobile_OrNoConfirmation_AreRefused_AndNothingIsAttested()
    {
        using var anonymous = fixture.Anonymous();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var (caseId, reference) = await ApplyAsync(anonymous, "0561234567");
        var code = await LastCodeAsync(caseId);
        var wrong = code == "000000" ? "111111" : "000000";

        var badCode = await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation", new { mobile = "0561234567", code = wrong, confirmed = true });
        badCode.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await badCode.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("code")[0].GetString().Should().Contain("Attempts left");

        var otherMobile = await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation", new { mobile = "0599999999", code, confirmed = true });
        otherMobile.StatusCode.Should().Be(HttpStatusCode.NotFound, "someone else's mobile learns nothing about the request");

        var unconfirmed = await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation", new { mobile = "0561234567", code, confirmed = false });
        unconfirmed.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        (await fixture.QueryAsync(db => db.Set<Attestation>().AnyAsync(a => a.CaseId == caseId))).Should().BeFalse();

        // A new code replaces the old one: the first code no longer works, the new one does.
        (await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation-code", new { mobile = "0561234567" })).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var fresh = await LastCodeAsync(caseId);
        if (fresh != code)
        {
            (await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation", new { mobile = "0561234567", code, confirmed = true }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        (await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation", new { mobile = "0561234567", code = fresh, confirmed = true }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ExpiredCode_IsRefused()
    {
        using var anonymous = fixture.Anonymous();
        var (caseId, reference) = await ApplyAsync(anonymous, "0571234567");
        var code = await LastCodeAsync(caseId);

        fixture.Clock.Advance(OneTimeCode.Lifetime + TimeSpan.FromSeconds(1));

        var response = await anonymous.PostAsJsonAsync($"/api/public/applications/{reference}/attestation", new { mobile = "0571234567", code, confirmed = true });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes").GetProperty("code").GetString().Should().Be("Expired");
    }

    private async Task<(Guid CaseId, string Reference)> ApplyAsync(HttpClient anonymous, string mobile)
    {
        var response = await anonymous.PostAsJsonAsync("/api/public/applications", new
        {
            association = "BTR",
            supportType = "prosthetic-limb",
            beneficiary = Beneficiary(NewNationalId(), mobile: mobile),
            documents = CompleteDocuments(),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var caseId = await fixture.QueryAsync(db => db.Set<SupportCase>().Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());
        return (caseId, reference);
    }

    private async Task<string> LastCodeAsync(Guid caseId)
    {
        var sms = (await fixture.MessagesAsync(caseId)).Where(m => m.Event == "attestation-code").OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Last();
        return SixDigits().Match(sms.Body).Value;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : PublicAttestationTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : PublicAttestationTests(fixture), IClassFixture<SqliteCasesFixture>;
}
