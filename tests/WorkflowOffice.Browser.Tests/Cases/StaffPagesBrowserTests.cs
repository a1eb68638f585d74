using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkflowOffice.Browser.Tests.Infrastructure;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Browser.Tests.Cases;

/// <summary>Intake at the counter, the inbox's overdue badge and live updates, and the pages in English.</summary>
public abstract class StaffPagesBrowserTests(BrowserHostFixture fixture)
{
    [Fact]
    public async Task Inbox_ShowsOverdueTask_AndMovesAClaimedTaskWithoutReload()
    {
        var (context, officer) = await Staff.SignInAsync(fixture, "officer@batoor.demo");
        await using var _ = context;
        var reference = await Counter.TakeInAsync(officer, "130000001");

        // The attestation waits for the officer; its due date is moved to yesterday (no fake clock in this host).
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
            var instanceId = await db.Set<SupportCase>().Where(c => c.Reference == reference).Select(c => c.WorkflowInstanceId).SingleAsync();
            var task = await db.Set<WorkflowTaskRow>().SingleAsync(t => t.InstanceId == instanceId && t.ClosedAt == null);
            task.DueAt = DateTime.UtcNow.AddDays(-1);
            await db.SaveChangesAsync();
        }

        await officer.GotoAsync($"{fixture.BaseUrl}/inbox?q={reference}");
        var row = officer.Locator($"[data-testid=tasks-queue] [data-testid=task-row][data-reference='{reference}']");
        (await row.Locator("[data-testid=overdue-badge]").CountAsync()).Should().Be(1);
        (await officer.Locator("[data-testid=tasks-queue] .wo-overdue").CountAsync()).Should().Be(1);
        await officer.WaitForFunctionAsync("document.querySelector('[data-inbox-events]').dataset.live === 'ready'");
        await Screenshots.TakeAsync(officer, "inbox-overdue-ar");

        // A colleague's session claims it: the first page moves it from the queue to "my tasks" by itself.
        await using var colleagueContext = await fixture.Browser.NewContextAsync();
        var colleague = await colleagueContext.NewPageAsync();
        await colleague.GotoAsync($"{fixture.BaseUrl}/account/login");
        await colleague.FillAsync("#email", "officer@batoor.demo");
        await colleague.FillAsync("#password", BrowserHostFixture.DemoPassword);
        await colleague.ClickAsync("button[type=submit]");
        await colleague.WaitForURLAsync($"{fixture.BaseUrl}/inbox");
        await colleague.GotoAsync($"{fixture.BaseUrl}/inbox?q={reference}");
        await colleague.ClickAsync($"[data-testid=tasks-queue] [data-reference='{reference}'] [data-testid=claim]");

        await officer.Locator($"[data-testid=tasks-mine] [data-reference='{reference}']").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        (await officer.Locator("[data-testid=inbox-live]").IsVisibleAsync()).Should().BeTrue("the page says the list was updated");
        (await officer.Locator($"[data-testid=tasks-queue] [data-reference='{reference}']").CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task StaffPages_InEnglish_ShowEnglishWords()
    {
        var (context, officer) = await Staff.SignInAsync(fixture, "officer@batoor.demo", language: "en");
        await using var _ = context;
        var reference = await Counter.TakeInAsync(officer, "130000002");

        await officer.GotoAsync($"{fixture.BaseUrl}/inbox");
        (await officer.GetAttributeAsync("html", "dir")).Should().Be("ltr");
        (await officer.TextContentAsync("h1")).Should().Be("Inbox");
        (await officer.TextContentAsync($"[data-reference='{reference}'] [data-testid=open-task]")).Should().Be("Applicant attestation");
        await Screenshots.TakeAsync(officer, "inbox-en");

        foreach (var (path, name) in new[] { ("/cases", "cases"), ("/beneficiaries", "beneficiaries"), ("/intake?channel=CH-2", "intake"), ("/inquiries", "inquiries") })
        {
            await officer.GotoAsync($"{fixture.BaseUrl}{path}");
            (await officer.ContentAsync()).Should().NotContainAny("الحالات</h1>", "سجل المستفيدين</h1>");
            await Screenshots.TakeAsync(officer, $"{name}-en");
        }

        await officer.GotoAsync($"{fixture.BaseUrl}/cases?q={reference}");
        await officer.ClickAsync("[data-testid=case-link]");
        (await officer.TextContentAsync("[data-testid=case-status]")).Should().Be("Awaiting attestation");
        await Screenshots.TakeAsync(officer, "case-file-en");

        await officer.ClickAsync("[data-testid=language-switch]");
        (await officer.TextContentAsync("[data-testid=case-status]")).Should().Be("بانتظار الإقرار");
        foreach (var (path, name) in new[] { ("/inbox", "inbox"), ("/cases", "cases"), ("/beneficiaries", "beneficiaries"), ("/intake?channel=CH-2", "intake"), ("/inquiries", "inquiries") })
        {
            await officer.GotoAsync($"{fixture.BaseUrl}{path}");
            await Screenshots.TakeAsync(officer, $"{name}-ar");
        }
    }

    [Fact]
    public async Task Intake_ShowsFieldErrorsInPlace_InTheUsersLanguage()
    {
        var (context, officer) = await Staff.SignInAsync(fixture, "officer@batoor.demo");
        await using var _ = context;
        await officer.GotoAsync($"{fixture.BaseUrl}/intake?channel=CH-1");
        await officer.FillAsync("#beneficiary\\.nationalId", "123");
        await officer.FillAsync("#beneficiary\\.nameAr", "خالد");
        await officer.FillAsync("#beneficiary\\.mobile", "12345");
        await officer.ClickAsync("[data-testid=intake-submit]");
        (await officer.Locator(".wo-field.invalid").CountAsync()).Should().BeGreaterThan(1);
        (await officer.TextContentAsync("[data-testid='error-beneficiary.mobile']")).Should().MatchRegex("[\u0600-\u06FF]", "the message is in Arabic");
        await Screenshots.TakeAsync(officer, "intake-errors-ar");
    }

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : StaffPagesBrowserTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : StaffPagesBrowserTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
