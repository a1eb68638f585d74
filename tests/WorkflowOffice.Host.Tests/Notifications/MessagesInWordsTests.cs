using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Administration;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Tests.Cases;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Notifications;

/// <summary>
/// Issue 11: what beneficiaries and staff read is words. Real journeys through the API (timers fired with the fake
/// clock), then every message the dispatcher produced is read as sent: no record dumps, no codes without names,
/// no English inside Arabic, links on the configured public address that open a working page.
/// </summary>
public abstract partial class MessagesInWordsTests(CasesFixture fixture)
{
    [Fact]
    public async Task EveryMessageOfTheJourneys_ReadsAsWords_InTheRecipientsLanguage_AndEveryLinkOpens()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var committee = await fixture.SignInAsync(Committee);
        using var anonymous = fixture.Anonymous();
        var cases = new List<Guid>();

        // Items missing (Arabic), then the reminder and the closing for an incomplete request.
        var incomplete = await CreateAsync(officer, "ar", new[] { new { type = "national-id-card", number = "A1", expiresOn = "2030-01-01" } });
        cases.Add(incomplete);
        // Items missing in English.
        var incompleteEn = await CreateAsync(officer, "en", new[] { new { type = "national-id-card", number = "A1", expiresOn = "2030-01-01" } });
        cases.Add(incompleteEn);

        // Rejected by the committee with reasons (Arabic and English applicants).
        foreach (var language in new[] { "ar", "en" })
        {
            var rejected = await CreateAsync(officer, language, CompleteDocuments());
            cases.Add(rejected);
            await CompleteOkAsync(officer, await TaskAsync(officer, rejected, "attestation"), "attested", new { method = "signature", signature = "M0,0" });
            await CompleteOkAsync(committee, await TaskAsync(officer, rejected, "committeeVote"), "reject", new { reasons = "الدخل يتجاوز الحد المعتمد" });
        }

        // Accepted, registered, delivered, survey (English applicant); the committee's reminder and escalation first.
        var served = await CreateAsync(officer, "en", CompleteDocuments());
        cases.Add(served);
        await CompleteOkAsync(officer, await TaskAsync(officer, served, "attestation"), "attested", new { method = "signature", signature = "M0,0" });
        await fixture.AdvanceAsync(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(2));
        using var later = await fixture.SignInAsync(Officer);
        using var committeeLater = await fixture.SignInAsync(Committee);
        await CompleteOkAsync(committeeLater, await TaskAsync(later, served, "committeeVote"), "accept");
        await CompleteOkAsync(later, await TaskAsync(later, served, "deliverService"), null, new { serviceName = "Prosthetic lower limb", quantity = 1 });

        // Reminder and closing of the incomplete requests (their 14 days passed with the clock above).
        await fixture.AdvanceAsync(TimeSpan.FromDays(1));

        // Online application: the attestation code with the attestation page's link (Arabic).
        var applied = await anonymous.PostAsJsonAsync("/api/public/applications", new
        {
            association = "BTR",
            supportType = "prosthetic-limb",
            beneficiary = Beneficiary(NewNationalId(), mobile: "0581234567"),
            documents = CompleteDocuments(),
        });
        applied.StatusCode.Should().Be(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var appliedReference = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString();
        cases.Add(await fixture.QueryAsync(db => db.Set<SupportCase>().Where(c => c.Reference == appliedReference).Select(c => c.Id).SingleAsync()));

        var messages = new List<NotificationMessage>();
        foreach (var id in cases)
        {
            messages.AddRange(await fixture.MessagesAsync(id));
        }

        messages.Select(m => m.Event).Distinct().Should().Contain(
        [
            "items-missing", "items-reminder", "items-closed-incomplete", "sent-to-committee", "committee-rejected", "committee-accepted",
            "registration-completed", "service-delivered", "survey-invitation", "committee-reminder", "committee-escalation", "attestation-code",
        ]);
        messages.Should().OnlyContain(m => m.Status == NotificationStatus.Sent, "every message was rendered and dispatched");
        messages.Where(m => m.Language == "en").Should().NotBeEmpty();

        foreach (var message in messages)
        {
            var label = $"{message.Event}/{message.Channel}/{message.Language}";
            var text = Readable(message.Subject + "\n" + message.Body);
            var words = Links().Replace(text, " ");
            words.Should().NotContainAny(["[", "{", "}", "PublicUpdate", "="], $"{label} must not print a record: {text}");
            Codes().IsMatch(words).Should().BeFalse($"{label} must name things, not print codes: {text}");
            if (message.Language == "ar")
            {
                var latin = LatinWord().Matches(References().Replace(words, " ")).Select(m => m.Value).ToList();
                latin.Should().BeEmpty($"{label} is Arabic: {text}");
            }

            foreach (var link in Links().Matches(text).Select(m => m.Value.TrimEnd('.', '،', ',')))
            {
                link.Should().StartWith(CasesFixture.PublicBaseUrl + "/", $"{label} links on the public address");
                var page = await anonymous.GetAsync(new Uri(link).PathAndQuery);
                if (page.StatusCode == HttpStatusCode.Found && link.Contains("/cases/", StringComparison.Ordinal))
                {
                    // A staff link opens the case file after sign-in: the sign-in page must answer.
                    page = await anonymous.GetAsync(page.Headers.Location);
                }

                page.StatusCode.Should().Be(HttpStatusCode.OK, $"{label}: {link} opens");
                (await page.Content.ReadAsStringAsync()).Should().NotContain("exception", $"{label}: {link}");
            }
        }

        var itemsMissingAr = messages.Single(m => m.CaseId == incomplete && m.Event == "items-missing" && m.Channel == "sms");
        itemsMissingAr.Body.Should().Contain("تقرير طبي حديث").And.Contain(CasesFixture.PublicBaseUrl + "/status?reference=");
        messages.Single(m => m.CaseId == incompleteEn && m.Event == "items-missing" && m.Channel == "sms").Body
            .Should().Contain("medical report").And.NotContain("تقرير");
        messages.Should().Contain(m => m.Event == "survey-invitation" && m.Body.Contains(CasesFixture.PublicBaseUrl + "/survey/"));
        messages.Should().Contain(m => m.Event == "attestation-code" && m.Body.Contains(CasesFixture.PublicBaseUrl + "/attest?reference="));
        messages.Should().Contain(m => m.Event == "committee-reminder" && m.Body.Contains(CasesFixture.PublicBaseUrl + "/cases/"));
        Directory.GetFiles(fixture.OutboxFolder, "*items-missing-sms*").Select(File.ReadAllText)
            .Should().Contain(f => f.Contains("تقرير طبي حديث") && !f.Contains("[code"), "the file sink holds the message as sent");
    }

    [Fact]
    public async Task TemplatePreview_RendersTheModelTheSendUses_ItemsByName_LinksOnThePublicAddress()
    {
        var preview = fixture.Factory.Services.GetRequiredService<TemplatePreview>();
        foreach (var (language, item) in new[] { ("ar", "تقرير طبي حديث"), ("en", "A recent medical report") })
        {
            var key = new TemplateKey("items-missing", language, NotificationChannel.Sms);
            var result = await preview.RenderAsync(key, await preview.ShippedTextAsync(key));
            result.Error.Should().BeNull();
            result.Body.Should().Contain(item).And.NotContain("[code").And.Contain(CasesFixture.PublicBaseUrl + "/status?reference=");
        }
    }

    private static async Task<Guid> CreateAsync(HttpClient officer, string language, object documents)
    {
        var beneficiary = JsonSerializer.SerializeToNode(Beneficiary(NewNationalId()))!.AsObject();
        beneficiary["preferredLanguage"] = language;
        var response = await officer.PostAsJsonAsync("/api/cases", new { channel = "CH-1", supportType = "prosthetic-limb", beneficiary, documents });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The text a reader sees: HTML tags dropped, entities decoded.</summary>
    private static string Readable(string text) => WebUtility.HtmlDecode(Tags().Replace(text, " "));

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Links();

    /// <summary>Event names and policy clause or channel codes: what a reader must never see bare.</summary>
    [GeneratedRegex(@"\b(items-missing|items-reminder|committee-rejected|survey-invitation|STEP-\d|CH-\d|GOAL-\d|TOOL-\d|national-id-card|medical-report|Document)\b")]
    private static partial Regex Codes();

    /// <summary>References and file numbers (BTR-C-2027-000001, BTR-2027-000001), which stay in Latin script on purpose.</summary>
    [GeneratedRegex(@"\b[A-Z]{2,6}(-[A-Z0-9]+)+\b")]
    private static partial Regex References();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : MessagesInWordsTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : MessagesInWordsTests(fixture), IClassFixture<SqliteCasesFixture>;
}
