using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Tests.Cases;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Public;

/// <summary>
/// Issue 11: the public status page and API say what happened in words, in the reader's language and Riyadh time;
/// a request waiting for items lists them by name with the deadline; a declined one gives the committee's reasons.
/// An answered survey link says so.
/// </summary>
public abstract partial class StatusInWordsTests(CasesFixture fixture)
{
    private const string Mobile = "0501234567";

    [Fact]
    public async Task RequestWaitingForItems_ListsThemByName_WithTheDeadline_InArabicAndEnglish()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var created = await CreateCaseAsync(officer, documents: new[] { new { type = "national-id-card", number = "A1", expiresOn = "2030-01-01" } });
        var reference = created.GetProperty("reference").GetString()!;
        await fixture.MessagesAsync(created.GetProperty("id").GetGuid());
        var sentAt = fixture.Clock.GetUtcNow();

        var arabic = await StatusJsonAsync(reference, "ar");
        arabic.GetProperty("statusText").GetString().Should().Be("بانتظار النواقص");
        arabic.GetProperty("missingItems").EnumerateArray().Select(i => i.GetString()).Should().ContainMatch("*تقرير طبي حديث*");
        arabic.GetProperty("itemsDueText").GetString().Should().Contain("هـ", "the deadline carries the Hijri date");
        var update = arabic.GetProperty("updates").EnumerateArray().Single(u => u.GetProperty("event").GetString() == "items-missing");
        update.GetProperty("title").GetString().Should().MatchRegex(@"\p{IsArabic}");
        update.GetProperty("atText").GetString().Should().Contain(Riyadh(sentAt, arabic: true), "the time is Riyadh's (UTC+3)");
        update.GetProperty("details").EnumerateArray().Select(d => d.GetString()).Should().ContainMatch("*تقرير طبي حديث*");

        var english = await StatusJsonAsync(reference, "en");
        english.GetProperty("statusText").GetString().Should().Be("Awaiting missing items");
        english.GetProperty("missingItems").EnumerateArray().Select(i => i.GetString()).Should().ContainMatch("*medical report*");
        english.GetProperty("itemsDueText").GetString().Should().Contain("AH");

        var page = await StatusPageAsync(reference, "ar");
        page.Should().Contain("تقرير طبي حديث").And.Contain("الموعد النهائي").And.Contain(Riyadh(sentAt, arabic: true));
        page.Should().NotContainAny("PublicUpdate", "items-missing", "+00:00", "[code");
        var englishPage = await StatusPageAsync(reference, "en");
        englishPage.Should().ContainEquivalentOf("medical report").And.Contain("Deadline").And.NotContain("PublicUpdate");
    }

    [Fact]
    public async Task RejectedRequest_ShowsTheCommitteesReasons()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var committee = await fixture.SignInAsync(Committee);
        var created = await CreateCaseAsync(officer);
        var caseId = created.GetProperty("id").GetGuid();
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "attestation"), "attested", new { method = "signature", signature = "M0,0" });
        await CompleteOkAsync(committee, await TaskAsync(officer, caseId, "committeeVote"), "reject", new { reasons = "الدخل يتجاوز الحد المعتمد" });
        await fixture.MessagesAsync(caseId);
        var reference = created.GetProperty("reference").GetString()!;

        var status = await StatusJsonAsync(reference, "ar");
        status.GetProperty("rejectionReasons").EnumerateArray().Select(r => r.GetString()).Should().Equal("الدخل يتجاوز الحد المعتمد");
        var page = await StatusPageAsync(reference, "ar");
        page.Should().Contain("أسباب لجنة البحث").And.Contain("الدخل يتجاوز الحد المعتمد").And.Contain("اعتذرت لجنة البحث");
        page.Should().NotContainAny("PublicUpdate", "committee-rejected", "+00:00");
    }

    [Fact]
    public async Task AnsweredSurveyLink_SaysSo_AndSendingAgainShowsThanks_NotAnError()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var committee = await fixture.SignInAsync(Committee);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "attestation"), "attested", new { method = "signature", signature = "M0,0" });
        await CompleteOkAsync(committee, await TaskAsync(officer, caseId, "committeeVote"), "accept");
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "deliverService"), null, new { serviceName = "طرف صناعي", quantity = 1 });
        var token = await fixture.QueryAsync(db => db.Set<SatisfactionSurvey>().Where(s => s.CaseId == caseId).Select(s => s.Token).SingleAsync());
        using var client = fixture.Anonymous();
        var open = await client.GetStringAsync($"/survey/{token}");
        open.Should().Contain("data-testid=\"survey-form\"");

        // The survey is answered (in another tab); the form still open in this one is sent again.
        (await client.PostAsJsonAsync($"/api/public/surveys/{token}", new { csat = 5, nps = 9 })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "survey",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(open).Groups[1].Value),
            ["csat"] = "4",
            ["nps"] = "8",
        });
        var again = await client.PostAsync($"/survey/{token}", form);
        var againText = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        again.StatusCode.Should().Be(HttpStatusCode.OK, againText);
        again.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        againText.Should().Contain("data-testid=\"survey-thanks\"").And.NotContain("data-testid=\"survey-form\"");

        var reopened = WebUtility.HtmlDecode(await client.GetStringAsync($"/survey/{token}"));
        reopened.Should().Contain("data-testid=\"survey-thanks\"").And.Contain("سبق أن سُجّل تقييمك").And.NotContain("data-testid=\"survey-form\"");
    }

    private async Task<JsonElement> StatusJsonAsync(string reference, string language)
    {
        using var client = fixture.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.GetAsync($"/api/public/status?reference={reference}&mobile={Mobile}");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        text.Should().NotContain("PublicUpdate");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    /// <summary>The status page as the applicant sees it after typing the reference (prefilled from the link) and mobile.</summary>
    private async Task<string> StatusPageAsync(string reference, string language)
    {
        using var client = fixture.Anonymous();
        if (language == "en")
        {
            // The language switch (a cookie): pages stay Arabic whatever the browser's Accept-Language says.
            (await client.GetAsync("/culture/set?culture=en&returnUrl=%2Fstatus")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var page = await client.GetStringAsync($"/status?reference={reference}");
        page.Should().Contain($"value=\"{reference}\"", "the status link in a message fills in the reference");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "status",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value),
            ["reference"] = reference,
            ["mobile"] = Mobile,
        });
        var response = await client.PostAsync("/status", form);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return WebUtility.HtmlDecode(text);
    }

    /// <summary>HH:mm in Riyadh (UTC+3), in the reader's digits.</summary>
    private static string Riyadh(DateTimeOffset at, bool arabic)
    {
        var text = at.ToOffset(TimeSpan.FromHours(3)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return arabic ? string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c)) : text;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : StatusInWordsTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : StatusInWordsTests(fixture), IClassFixture<SqliteCasesFixture>;
}
