using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkflowOffice.Browser.Tests.Cases;
using WorkflowOffice.Browser.Tests.Infrastructure;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Browser.Tests.Navigation;

/// <summary>
/// Issue 11, "navigation and feedback", as staff and applicants meet it in a browser: the refusal page, the inbox and
/// a task page on a phone, the counter intake after success and sent twice, the public form after a refusal, and a
/// closed committee vote. Screenshots land in <c>screenshots/nav-*.png</c>.
/// </summary>
public abstract class NavigationBrowserTests(BrowserHostFixture fixture)
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task SignedInOfficer_OpeningAdministration_GetsTheNotAllowedPage_WithAWayBackToTheInbox()
    {
        foreach (var language in new[] { "ar", "en" })
        {
            var (context, page) = await Staff.SignInAsync(fixture, "officer@batoor.demo", language);
            await using (context)
            {
                var response = await page.GotoAsync($"{fixture.BaseUrl}/administration/users");

                response!.Status.Should().Be(403, "the refusal says so in its status");
                (await page.Locator("#password").CountAsync()).Should().Be(0, "a signed-in user is not sent back to the sign-in form");
                (await page.TextContentAsync("h1")).Should().Be(language == "ar" ? "هذه الصفحة ليست ضمن صلاحياتك" : "This page is not open to your role");
                (await page.Locator("[data-testid=side-nav]").CountAsync()).Should().Be(1, "the menu of the user's own pages stays");
                await Screenshots.TakeAsync(page, $"nav-not-allowed-{language}");
                await page.SetViewportSizeAsync(PhoneWidth, 844);
                await Screenshots.TakeAsync(page, $"nav-not-allowed-phone-{language}");

                await page.ClickAsync("[data-testid=back-to-work]");
                await page.WaitForURLAsync($"{fixture.BaseUrl}/inbox");
            }
        }
    }

    [Fact]
    public async Task Inbox_OnAPhone_ShowsTheClaimButtonInReach_AndClaimingWorks()
    {
        using var api = await StaffApi.SignInAsync(fixture, "officer@batoor.demo");
        var (_, reference) = await api.CreateCaseAsync(StaffApi.NewNationalId(), "هند العتيبي", "Hind Alotaibi");

        foreach (var language in new[] { "ar", "en" })
        {
            var (context, page) = await Staff.SignInAsync(fixture, "officer@batoor.demo", language);
            await using (context)
            {
                await page.SetViewportSizeAsync(PhoneWidth, 844);
                await page.GotoAsync($"{fixture.BaseUrl}/inbox");
                (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(PhoneWidth, "the inbox fits a phone");
                await Screenshots.TakeAsync(page, $"nav-inbox-phone-{language}");

                await page.GotoAsync($"{fixture.BaseUrl}/inbox?q={reference}");
                var claim = page.Locator($"[data-testid=tasks-queue] [data-reference='{reference}'] [data-testid=claim]");
                await claim.ScrollIntoViewIfNeededAsync();
                var box = await claim.BoundingBoxAsync();
                box.Should().NotBeNull("the claim button is shown");
                box!.X.Should().BeGreaterThanOrEqualTo(0, "the claim button starts on the screen");
                (box.X + box.Width).Should().BeLessThanOrEqualTo(PhoneWidth, "the claim button ends on the screen, not in a column scrolled out of sight");
                var visible = await claim.EvaluateAsync<bool>(
                    "b => { const r = b.getBoundingClientRect(); const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); return hit === b || b.contains(hit); }");
                visible.Should().BeTrue("nothing covers the claim button or clips it away");

                if (language == "ar")
                {
                    await claim.ClickAsync();
                    await page.Locator($"[data-testid=tasks-mine] [data-reference='{reference}']").WaitForAsync();
                    var release = page.Locator($"[data-testid=tasks-mine] [data-reference='{reference}'] [data-testid=release]");
                    await release.ClickAsync();
                    await page.Locator($"[data-testid=tasks-queue] [data-reference='{reference}']").WaitForAsync();
                }
            }
        }
    }

    [Fact]
    public async Task TaskPages_OnAPhone_AreNoWiderThanTheScreen()
    {
        using var officerApi = await StaffApi.SignInAsync(fixture, "officer@batoor.demo");
        var attesting = await officerApi.CreateCaseAsync(StaffApi.NewNationalId(), "ريم الزهراني", "Reem Alzahrani");
        var attestation = await officerApi.TaskAsync(attesting.Id, "attestation");
        var voting = await officerApi.CreateCaseAsync(StaffApi.NewNationalId(), "خالد المطيري", "Khalid Almutairi");
        await officerApi.CompleteAsync(await officerApi.TaskAsync(voting.Id, "attestation"), "attested", new { method = "signature", signature = "M0,0 L10,10" });
        var vote = await officerApi.TaskAsync(voting.Id, "committeeVote");

        foreach (var language in new[] { "ar", "en" })
        {
            foreach (var (who, name, taskId) in new[] { ("officer@batoor.demo", "attestation", attestation), ("committee@batoor.demo", "committee-vote", vote) })
            {
                var (context, page) = await Staff.SignInAsync(fixture, who, language);
                await using (context)
                {
                    await page.SetViewportSizeAsync(PhoneWidth, 844);
                    await page.GotoAsync($"{fixture.BaseUrl}/tasks/{taskId}");
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    (await page.Locator("[data-testid=task-form]").CountAsync()).Should().Be(1, $"the {name} task is open");
                    await Screenshots.TakeAsync(page, $"nav-task-{name}-phone-{language}");
                    var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    var wide = await page.EvaluateAsync<string>(
                        "[...document.querySelectorAll('main *')].filter(e => { const r = e.getBoundingClientRect(); return r.right > innerWidth + 1 || r.left < -1; }).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
                    width.Should().BeLessThanOrEqualTo(PhoneWidth, $"the {name} task page fits a 390-px phone (too wide: {wide})");
                }
            }
        }
    }

    [Fact]
    public async Task ClosedCommitteeVote_ShowsTheVoteThatWasCast()
    {
        using var officerApi = await StaffApi.SignInAsync(fixture, "officer@batoor.demo");
        using var committeeApi = await StaffApi.SignInAsync(fixture, "committee@batoor.demo");
        var voting = await officerApi.CreateCaseAsync(StaffApi.NewNationalId(), "سارة الغامدي", "Sara Alghamdi");
        await officerApi.CompleteAsync(await officerApi.TaskAsync(voting.Id, "attestation"), "attested", new { method = "signature", signature = "M0,0 L10,10" });
        var vote = await officerApi.TaskAsync(voting.Id, "committeeVote");
        await committeeApi.CompleteAsync(vote, "reject", new { reasons = "الدخل يتجاوز الحد المعتمد" });

        var (context, page) = await Staff.SignInAsync(fixture, "committee@batoor.demo");
        await using (context)
        {
            await page.GotoAsync($"{fixture.BaseUrl}/tasks/{vote}");

            (await page.Locator("[data-testid=task-form]").CountAsync()).Should().Be(0, "the vote is closed");
            (await page.TextContentAsync("[data-testid=cast-choice]")).Should().Be("اعتذار");
            (await page.TextContentAsync("[data-testid=cast-vote]")).Should().Contain("عضو لجنة البحث").And.Contain("الدخل يتجاوز الحد المعتمد");
            await Screenshots.TakeAsync(page, "nav-closed-vote-ar");
        }
    }

    [Fact]
    public async Task CounterIntake_AfterSuccess_ShowsTheRequest_AndNewRequestStartsFromAnEmptyForm()
    {
        foreach (var language in new[] { "ar", "en" })
        {
            var (context, page) = await Staff.SignInAsync(fixture, "officer@batoor.demo", language);
            await using (context)
            {
                var nationalId = StaffApi.NewNationalId();
                await FillIntakeAsync(page, nationalId, "physiotherapy");
                await page.ClickAsync("[data-testid=intake-submit]");
                await page.Locator("[data-testid=intake-created]").WaitForAsync();

                var reference = (await page.TextContentAsync("[data-testid=created-reference]"))!.Trim();
                reference.Should().StartWith("BTR-C-");
                var link = await page.GetAttributeAsync("[data-testid=created-reference]", "href");
                (await page.TextContentAsync("[data-testid=created-support-type]")).Should().Be(language == "ar" ? "علاج طبيعي" : "Physiotherapy", "the chosen support type is the one recorded");
                (await page.TextContentAsync("[data-testid=created-beneficiary]")).Should().Be(language == "ar" ? "نورة الدوسري" : "Noura Aldosari");
                (await page.Locator("[data-testid=intake-form]").CountAsync()).Should().Be(0, "the form that made the request is gone");
                await Screenshots.TakeAsync(page, $"nav-intake-created-{language}");
                await page.SetViewportSizeAsync(PhoneWidth, 844);
                await Screenshots.TakeAsync(page, $"nav-intake-created-phone-{language}");
                await page.SetViewportSizeAsync(1366, 860);

                await page.ClickAsync("[data-testid=intake-new]");
                await page.Locator("[data-testid=intake-form]").WaitForAsync();
                (await page.InputValueAsync("#beneficiary\\.nationalId")).Should().BeEmpty("a new request starts from an empty form");
                (await page.InputValueAsync("#beneficiary\\.nameAr")).Should().BeEmpty();
                (await page.InputValueAsync("#beneficiary\\.mobile")).Should().BeEmpty();

                await page.GotoAsync(fixture.BaseUrl + link);
                (await page.TextContentAsync("main")).Should().Contain(reference, "the reference links to the case file");
            }
        }
    }

    [Fact]
    public async Task CounterIntake_KeepsTheChosenSupportType_WhenAFieldIsRefused()
    {
        var (context, page) = await Staff.SignInAsync(fixture, "officer@batoor.demo");
        await using (context)
        {
            await FillIntakeAsync(page, "1234567890", "medical-device");
            await page.ClickAsync("[data-testid=intake-submit]");
            await page.Locator("[data-testid=error-beneficiary\\.nationalId]").WaitForAsync();

            (await page.InputValueAsync("#supportType")).Should().Be("medical-device", "the support type never changes by itself");
            (await page.InputValueAsync("#beneficiary\\.nameAr")).Should().Be("نورة الدوسري");
            (await page.TextContentAsync("[data-testid=choose-again-idFile]")).Should().Contain("id.png", "the page says plainly to choose the file again");
        }
    }

    [Fact]
    public async Task CounterIntake_SentTwice_CreatesOneRequest()
    {
        var (context, page) = await Staff.SignInAsync(fixture, "officer@batoor.demo");
        await using (context)
        {
            // A double click: the browser sends the form twice.
            var nationalId = StaffApi.NewNationalId();
            await FillIntakeAsync(page, nationalId, "prosthetic-limb");
            await page.DblClickAsync("[data-testid=intake-submit]");
            await page.Locator("[data-testid=intake-created]").WaitForAsync();
            await Task.Delay(1000);
            (await CaseCountAsync(nationalId)).Should().Be(1, "a double click makes one request");

            // The browser sending the same form again ("confirm form resubmission"): the very same fields, posted twice.
            var second = StaffApi.NewNationalId();
            await FillIntakeAsync(page, second, "prosthetic-limb");
            var answers = await page.EvaluateAsync<string[]>(
                @"async () => {
                    const data = new FormData(document.querySelector('[data-testid=intake-form]'));
                    const first = await (await fetch(location.href, { method: 'POST', body: data })).text();
                    const again = await (await fetch(location.href, { method: 'POST', body: data })).text();
                    return [first, again];
                }");
            var reference = System.Text.RegularExpressions.Regex.Match(answers[0], "data-testid=\"created-reference\">([^<]+)<").Groups[1].Value;
            reference.Should().StartWith("BTR-C-", "the first post creates the request");
            answers[1].Should().Contain("data-testid=\"intake-repeated\"", "the re-sent form is recognised").And.Contain(reference, "it shows the request it already made");
            (await CaseCountAsync(second)).Should().Be(1, "the re-sent form makes no second request");
        }
    }

    [Fact]
    public async Task PublicApplication_AfterARefusal_SaysPlainlyToChooseTheFilesAgain()
    {
        foreach (var language in new[] { "ar", "en" })
        {
            await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 }, IsMobile = true });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{fixture.BaseUrl}/culture/set?culture={language}&returnUrl=%2Fapply");
            await page.SelectOptionAsync("#association", "BTR");
            await page.FillAsync("[data-testid=national-id]", "1234567890");
            await page.FillAsync("[data-testid=name]", "نورة القحطاني");
            await page.FillAsync("[data-testid=mobile]", "0531234567");
            await page.SetInputFilesAsync("[data-testid=id-file]", new FilePayload { Name = "my-id.png", MimeType = "image/png", Buffer = [137, 80, 78, 71] });
            await page.SetInputFilesAsync("[data-testid=medical-file]", new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = [37, 80, 68, 70] });
            await page.ClickAsync("[data-testid=submit-application]");
            await page.Locator("[data-testid=application-errors]").WaitForAsync();

            (await page.TextContentAsync("[data-testid=application-errors]")).Should().Contain(language == "ar" ? "اخترها مرة أخرى" : "choose them again");
            (await page.TextContentAsync("[data-testid=choose-again-idFile]")).Should().Contain("my-id.png");
            (await page.TextContentAsync("[data-testid=choose-again-medicalFile]")).Should().Contain("report.pdf");
            await Screenshots.TakeAsync(page, $"nav-apply-choose-again-phone-{language}");
        }
    }

    private static async Task FillIntakeAsync(IPage page, string nationalId, string supportType)
    {
        await page.GotoAsync("/intake?channel=CH-1");
        await page.SelectOptionAsync("#supportType", supportType);
        await page.FillAsync("#beneficiary\\.nationalId", nationalId);
        await page.FillAsync("#beneficiary\\.nameAr", "نورة الدوسري");
        await page.FillAsync("#beneficiary\\.nameEn", "Noura Aldosari");
        await page.FillAsync("#beneficiary\\.mobile", "05" + nationalId[2..10]);
        await page.SetInputFilesAsync("input[name=idFile]", new FilePayload { Name = "id.png", MimeType = "image/png", Buffer = [137, 80, 78, 71] });
        await page.FillAsync("input[name=idExpires]", DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.SetInputFilesAsync("input[name=medicalFile]", new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = [37, 80, 68, 70] });
    }

    private async Task<int> CaseCountAsync(string nationalId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        return await (
            from c in db.Set<SupportCase>()
            join b in db.Set<Beneficiary>() on c.BeneficiaryId equals b.Id
            where b.NationalId == nationalId
            select c.Id).CountAsync();
    }

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : NavigationBrowserTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : NavigationBrowserTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
