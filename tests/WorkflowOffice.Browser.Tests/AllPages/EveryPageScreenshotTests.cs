using Microsoft.Playwright;
using WorkflowOffice.Browser.Tests.Cases;
using WorkflowOffice.Browser.Tests.Infrastructure;

namespace WorkflowOffice.Browser.Tests.AllPages;

/// <summary>
/// Every page in Arabic and English, written to <c>screenshots/&lt;page&gt;-&lt;ar|en&gt;.png</c> (the public pages
/// also at a phone's 390×844, <c>-phone</c>), each checked for the language and direction it should have.
/// </summary>
public abstract class EveryPageScreenshotTests(BrowserHostFixture fixture)
{
    [Fact]
    public async Task EveryPage_IsWrittenInArabicAndEnglish_WithTheRightDirection()
    {
        var cases = await PrepareCasesAsync();
        foreach (var language in new[] { "ar", "en" })
        {
            var (officerContext, officer) = await Staff.SignInAsync(fixture, "officer@batoor.demo", language);
            await using (officerContext)
            {
                await ShootAsync(officer, language, "home", "/");
                await ShootAsync(officer, language, "inbox", "/inbox");
                foreach (var (form, taskId) in cases.Tasks)
                {
                    await ShootAsync(officer, language, $"task-{form}", $"/tasks/{taskId}");
                    (await officer.Locator("[data-testid=task-title]").CountAsync()).Should().Be(1, $"the {form} task page shows its form");
                    if (form != "inquiry-answer")
                    {
                        // An enquiry asks for no support, so only the requests name a support type.
                        var supportType = await officer.Locator("[data-testid=case-support-type]").TextContentAsync() ?? "";
                        supportType.Should().Be(language == "ar" ? "طرف صناعي" : "Prosthetic limb", $"the {form} task's case summary names the support type");
                    }

                    await ShowsNoCodesAsync(officer, $"the {form} task page");
                }

                for (var channel = 1; channel <= 8; channel++)
                {
                    await ShootAsync(officer, language, $"intake-ch-{channel}", $"/intake?channel=CH-{channel}");
                }

                await ShootAsync(officer, language, "inquiries", "/inquiries");
                await ShootAsync(officer, language, "beneficiaries", "/beneficiaries");
                await ShootAsync(officer, language, "beneficiary-file", $"/beneficiaries/{cases.BeneficiaryId}");
                await ShootAsync(officer, language, "cases", "/cases");
                var listed = await officer.Locator($"tr:has(a[href='/cases/{cases.DeliveredCaseId}']) [data-testid=case-support-type]").TextContentAsync() ?? "";
                listed.Should().Be(language == "ar" ? "طرف صناعي" : "Prosthetic limb", "the case list names the support type");
                await ShowsNoCodesAsync(officer, "the case list");
                await ShootAsync(officer, language, "case-file", $"/cases/{cases.DeliveredCaseId}");
                (await officer.Locator("[data-testid=timeline-step]").CountAsync()).Should().BeGreaterThan(2, "the timeline shows one entry per policy step");
                await ShowsNoCodesAsync(officer, "the case file");
                var timeline = await officer.Locator("[data-testid=timeline]").InnerTextAsync();
                timeline.Should().NotMatchRegex("(?<![A-Za-z])(sms|email|portal)(?![A-Za-z])", "the timeline names the notification channels, not their codes");
                timeline.Should().Contain(language == "ar" ? "رسالة نصية" : "SMS", "the notifications sent by text message say so");
                var current = await officer.Locator("[data-testid=current-tasks]").InnerTextAsync();
                current.Should().NotContain(language == "ar" ? "تم الإقرار" : "Attested", "a delivered case has no open task, attested or not");
                current.Should().Contain(language == "ar" ? "لا مهام مفتوحة" : "No open tasks");
                (await officer.Locator("[data-testid=case-attested]").CountAsync()).Should().Be(1, "the case's attestation is still shown, as the case's");

                // The staff pages on a phone: the header and side navigation fit 390 px without sideways scrolling.
                await officer.SetViewportSizeAsync(390, 844);
                foreach (var (name, path) in new[] { ("inbox-phone", "/inbox"), ("case-file-phone", $"/cases/{cases.DeliveredCaseId}") })
                {
                    await ShootAsync(officer, language, name, path);
                    var header = await officer.EvaluateAsync<int>("document.querySelector('.wo-appbar').scrollWidth");
                    header.Should().BeLessThanOrEqualTo(390, $"the staff header on {path} wraps to a phone's width");
                    var width = await officer.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    width.Should().BeLessThanOrEqualTo(390, $"{path} fits a 390-px phone without sideways scrolling");
                }
            }

            var (adminContext, admin) = await Staff.SignInAsync(fixture, "admin@batoor.demo", language);
            await using (adminContext)
            {
                await ShootAsync(admin, language, "reports", "/reports");
                foreach (var page in new[] { "", "/users", "/support-types", "/templates", "/incidents", "/timers", "/outbox" })
                {
                    await ShootAsync(admin, language, "admin" + (page.Length == 0 ? "" : "-" + page[1..]), "/administration" + page);
                }

                await ShootAsync(admin, language, "policies", "/policies");
                var policy = admin.Locator("main a[href^='/policies/']").First;
                if (await policy.CountAsync() > 0)
                {
                    await ShootAsync(admin, language, "policy", (await policy.GetAttributeAsync("href"))!);
                }
            }

            foreach (var (suffix, viewport) in new[] { ("", new ViewportSize { Width = 1366, Height = 860 }), ("-phone", new ViewportSize { Width = 390, Height = 844 }) })
            {
                await using var publicContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport });
                var visitor = await publicContext.NewPageAsync();
                await visitor.GotoAsync($"{fixture.BaseUrl}/culture/set?culture={language}&returnUrl=%2F");
                await ShootAsync(visitor, language, "sign-in" + suffix, "/account/login");
                await ShootAsync(visitor, language, "public-apply" + suffix, "/apply");
                (await visitor.Locator("[data-testid=support-type] option").AllTextContentsAsync()).Should().Contain(language == "ar" ? "مساعدة مالية" : "Financial aid", "the public form names the support types");
                await ShowsNoCodesAsync(visitor, "the public form");
                await ShootAsync(visitor, language, "public-status" + suffix, "/status");
                await ShootAsync(visitor, language, "public-survey" + suffix, $"/survey/{cases.SurveyToken}");
                var overflow = await visitor.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
                overflow.Should().BeFalse($"the survey fits the {viewport.Width}px width without sideways scrolling");
            }
        }
    }

    /// <summary>The support-type and document-type codes a person should never read on a page (the names stand in).</summary>
    private static readonly string[] Codes = ["prosthetic-limb", "physiotherapy", "financial-aid", "medical-device", "national-id-card", "medical-report", "income-proof"];

    private static async Task ShowsNoCodesAsync(IPage page, string what)
    {
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var code in Codes)
        {
            text.Should().NotContain(code, $"{what} shows names, not codes");
        }
    }

    private async Task ShootAsync(IPage page, string language, string name, string path)
    {
        await page.GotoAsync(fixture.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.GetAttributeAsync("html", "dir")).Should().Be(language == "ar" ? "rtl" : "ltr", $"{path} in {language}");
        (await page.GetAttributeAsync("html", "lang")).Should().StartWith(language, $"{path} in {language}");
        var heading = await page.Locator("h1").First.TextContentAsync() ?? "";
        if (language == "ar")
        {
            heading.Should().MatchRegex("[\u0600-\u06FF]", $"the heading of {path} is in Arabic");
        }
        else
        {
            heading.Should().NotMatchRegex("[\u0600-\u06FF]", $"the heading of {path} is in English");
        }

        // Full-page shots of long pages take a while on a loaded machine: a longer timeout than Playwright's 30 s.
        Directory.CreateDirectory(Screenshots.Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"{name}-{language}.png"), FullPage = true, Timeout = 120_000 });
    }

    /// <summary>Cases waiting at each staff task, one delivered (its survey open), prepared through the API.</summary>
    private async Task<PreparedCases> PrepareCasesAsync()
    {
        await fixture.SetCommitteeQuorumAsync("BTR", 1);
        using var officer = await StaffApi.SignInAsync(fixture, "officer@batoor.demo");
        using var committee = await StaffApi.SignInAsync(fixture, "committee@batoor.demo");
        var tasks = new List<(string, Guid)>();

        var attesting = await officer.CreateCaseAsync(StaffApi.NewNationalId(), "فهد القحطاني", "Fahad Alqahtani");
        tasks.Add(("attestation", await officer.TaskAsync(attesting.Id, "attestation")));

        var unclear = await officer.CreateCaseAsync(StaffApi.NewNationalId(), "سلمان الدوسري", "Salman Aldosari", unclear: true);
        tasks.Add(("research-consultation", await officer.TaskAsync(unclear.Id, "researchConsultation")));

        var voting = await officer.CreateCaseAsync(StaffApi.NewNationalId(), "منيرة الشمري", "Munira Alshammari");
        await officer.CompleteAsync(await officer.TaskAsync(voting.Id, "attestation"), "attested", new { method = "signature", signature = "M0,0 L10,10" });
        tasks.Add(("committee-vote", await officer.TaskAsync(voting.Id, "committeeVote")));

        var delivered = await officer.CreateCaseAsync(StaffApi.NewNationalId(), "عبدالله الحربي", "Abdullah Alharbi");
        await officer.CompleteAsync(await officer.TaskAsync(delivered.Id, "attestation"), "attested", new { method = "signature", signature = "M0,0 L10,10" });
        await committee.CompleteAsync(await officer.TaskAsync(delivered.Id, "committeeVote"), "accept", new { reasons = "مستوفٍ للشروط" });
        var delivery = await officer.TaskAsync(delivered.Id, "deliverService");
        tasks.Add(("service-delivery", delivery));

        await officer.EnquireAsync("ما المستندات المطلوبة لطلب طرف صناعي؟");
        var file = await officer.CaseAsync(delivered.Id);
        var beneficiaryId = file.GetProperty("beneficiary").GetProperty("id").GetGuid();

        // The delivery page is shot before the delivery; the delivered case then has its survey link.
        var prepared = new PreparedCases(tasks, beneficiaryId, delivered.Id, "");
        var (context, page) = await Staff.SignInAsync(fixture, "officer@batoor.demo");
        await using (context)
        {
            await page.GotoAsync($"{fixture.BaseUrl}/inbox");
            var enquiry = page.Locator("[data-testid=task-row][data-form=inquiry-answer] [data-testid=open-task]").First;
            var href = await enquiry.GetAttributeAsync("href");
            tasks.Add(("inquiry-answer", Guid.Parse(href!["/tasks/".Length..])));
            foreach (var language in new[] { "ar", "en" })
            {
                await page.GotoAsync($"{fixture.BaseUrl}/culture/set?culture={language}&returnUrl=%2F");
                await ShootAsync(page, language, "task-service-delivery", $"/tasks/{delivery}");
            }
        }

        tasks.RemoveAll(t => t.Item1 == "service-delivery");
        await officer.CompleteAsync(delivery, null, new { serviceName = "طرف صناعي سفلي", quantity = 1 });
        return prepared with { SurveyToken = await fixture.SurveyTokenAsync(delivered.Reference) };
    }

    private sealed record PreparedCases(List<(string Form, Guid TaskId)> Tasks, Guid BeneficiaryId, Guid DeliveredCaseId, string SurveyToken);

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : EveryPageScreenshotTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : EveryPageScreenshotTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
