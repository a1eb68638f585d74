using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using WorkflowOffice.Host.Tests.Cases;
using WorkflowOffice.Host.Tests.Infrastructure;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Administration;

/// <summary>
/// Issue 11 on the staff pages: the outbox lists each message's event by name, channel, masked recipient, text and
/// state in columns; the reports show real durations, bars proportional to their numbers, and a period that filters
/// the charts and the CSV files.
/// </summary>
public abstract partial class ReportsAndOutboxInWordsTests(CasesFixture fixture)
{
    [Fact]
    public async Task Outbox_ListsEventByName_Channel_MaskedRecipient_Text_AndState()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer, documents: new[] { new { type = "national-id-card", number = "A1", expiresOn = "2030-01-01" } }))
            .GetProperty("id").GetGuid();
        await fixture.MessagesAsync(caseId);
        await fixture.MessagesAsync(caseId); // the next pass settles the outbox row as sent
        using var admin = await StaffPagesAsync(Director);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/administration/outbox?state=sent"));

        page.Should().Contain("data-testid=\"outbox-table\"");
        foreach (var column in new[] { "الحدث", "القناة", "المستلم", "النص", "الحالة" })
        {
            page.Should().Contain($"<th>{column}</th>");
        }

        page.Should().Contain("طلب استكمال النواقص").And.Contain("رسالة نصية").And.Contain("تقرير طبي حديث").And.Contain("أُرسلت");
        page.Should().NotContain(">items-missing<").And.NotContain("+966501234567", "recipients are masked").And.Contain("+9*********67");
    }

    [Fact]
    public async Task Reports_ShowDurations_ProportionalBars_AndAPeriodThatFiltersChartsAndCsv()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "attestation"), "attested", new { method = "signature", signature = "M0,0" });
        fixture.Clock.Advance(TimeSpan.FromHours(5));
        using var later = await fixture.SignInAsync(Officer);
        using var committee = await fixture.SignInAsync(Committee);
        await CompleteOkAsync(committee, await TaskAsync(later, caseId, "committeeVote"), "accept");
        using var admin = await StaffPagesAsync(Director);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/reports"));

        var steps = Chart(page, "chart-steps");
        var rows = BarRow().Matches(steps).Select(m => (
            Value: double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture),
            Width: double.Parse(m.Groups["width"].Value, CultureInfo.InvariantCulture),
            Display: m.Groups["display"].Value)).ToList();
        rows.Should().NotBeEmpty();
        rows.Should().Contain(r => r.Value < 24 && r.Value > 0, "a committee vote five hours after submission");
        rows.Where(r => r.Value < 24 && r.Value >= 1 && !r.Display.Contains("ساعة")).Should().BeEmpty("under a day is said in hours");
        rows.Where(r => r.Value >= 24 && !r.Display.Contains("يوم")).Should().BeEmpty("a day or more is said in days");
        foreach (var chart in new[] { "chart-stages", "chart-channels", "chart-steps" })
        {
            var bars = BarRow().Matches(Chart(page, chart)).Select(m => (
                Value: double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture),
                Width: double.Parse(m.Groups["width"].Value, CultureInfo.InvariantCulture))).ToList();
            bars.Should().NotBeEmpty(chart);
            var max = bars.Max(b => b.Value);
            bars.Should().OnlyContain(b => Math.Abs(b.Width - (100 * b.Value / max)) < 0.5, $"{chart}: each bar's length is its number's share of the largest");
        }

        var before = WebUtility.HtmlDecode(await admin.GetStringAsync("/reports?from=2001-01-01&to=2001-01-31"));
        Chart(before, "chart-stages").Should().Contain("لا توجد بيانات بعد");
        Chart(before, "chart-steps").Should().Contain("لا توجد بيانات بعد");
        before.Should().Contain("href=\"/reports/stages.csv?from=2001-01-01&to=2001-01-31\"");
        var all = await admin.GetStringAsync("/reports/stages.csv");
        var none = await admin.GetStringAsync("/reports/stages.csv?from=2001-01-01&to=2001-01-31");
        all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeGreaterThan(1);
        none.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1, "only the header: nothing was submitted in 2001");
        (await admin.GetStringAsync("/reports/steps.csv?from=2001-01-01&to=2001-01-31")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
    }

    /// <summary>A client signed in through the sign-in form (cookie), as staff use the pages.</summary>
    private async Task<HttpClient> StaffPagesAsync(string email)
    {
        var client = fixture.Anonymous();
        var form = await client.GetStringAsync("/account/login");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(form).Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = HostFixture.DemoPassword,
        });
        var signIn = await client.PostAsync("/account/login", content);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect, await signIn.Content.ReadAsStringAsync());
        return client;
    }

    private static string Chart(string page, string testId)
    {
        var start = page.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        start.Should().BePositive($"the page has {testId}");
        return page[start..page.IndexOf("</figure>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("data-value=\"(?<value>[0-9.]+)\">.*?width:(?<width>[0-9.]+)%.*?class=\"wo-bar-value\">(?<display>[^<]*)<", RegexOptions.Singleline)]
    private static partial Regex BarRow();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : ReportsAndOutboxInWordsTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : ReportsAndOutboxInWordsTests(fixture), IClassFixture<SqliteCasesFixture>;
}
