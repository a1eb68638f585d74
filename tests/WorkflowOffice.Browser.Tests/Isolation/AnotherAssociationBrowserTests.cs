using Microsoft.Playwright;
using WorkflowOffice.Browser.Tests.Cases;
using WorkflowOffice.Browser.Tests.Infrastructure;

namespace WorkflowOffice.Browser.Tests.Isolation;

/// <summary>A user of another association (Zulfi) sees nothing of Batoor's cases, tasks and beneficiaries.</summary>
public abstract class AnotherAssociationBrowserTests(BrowserHostFixture fixture)
{
    [Fact]
    public async Task ZulfiOfficer_SeesNoneOfBatoorsCasesTasksOrBeneficiaries_AndItsReportsCountNone()
    {
        var (zulfiContext, zulfi) = await Staff.SignInAsync(fixture, "officer@zulfi.demo");
        await using var _ = zulfiContext;
        var (directorContext, zulfiDirector) = await Staff.SignInAsync(fixture, "admin@zulfi.demo");
        await using var __ = directorContext;
        await zulfiDirector.GotoAsync($"{fixture.BaseUrl}/reports");
        var reportsBefore = await ReportFiguresAsync(zulfiDirector);

        // Batoor takes in a request: its attestation waits in Batoor's officers' queue.
        using var batoorApi = await StaffApi.SignInAsync(fixture, "officer@batoor.demo");
        var nationalId = StaffApi.NewNationalId();
        var (caseId, reference) = await batoorApi.CreateCaseAsync(nationalId, "نورة البتورية", "Noura Albatouri");
        var taskId = await batoorApi.TaskAsync(caseId, "attestation");
        var beneficiaryId = (await batoorApi.CaseAsync(caseId)).GetProperty("beneficiary").GetProperty("id").GetGuid();

        // Batoor's officer does see it (so the checks below can fail).
        var (batoorContext, batoor) = await Staff.SignInAsync(fixture, "officer@batoor.demo");
        await using (batoorContext)
        {
            await batoor.GotoAsync($"{fixture.BaseUrl}/inbox");
            (await batoor.Locator($"[data-testid=task-row][data-reference='{reference}']").CountAsync()).Should().Be(1);
            await batoor.GotoAsync($"{fixture.BaseUrl}/beneficiaries?q={nationalId}");
            (await batoor.TextContentAsync("[data-testid=beneficiaries-table]")).Should().Contain("نورة البتورية");
        }

        // The whole inbox, and searches by reference, national ID and name: nothing of Batoor's.
        await zulfi.GotoAsync($"{fixture.BaseUrl}/inbox");
        (await zulfi.Locator($"[data-reference='{reference}']").CountAsync()).Should().Be(0);
        (await zulfi.ContentAsync()).Should().NotContain("نورة البتورية");
        foreach (var term in new[] { reference, nationalId, "نورة" })
        {
            await zulfi.GotoAsync($"{fixture.BaseUrl}/inbox?q={Uri.EscapeDataString(term)}");
            (await zulfi.Locator("[data-testid=task-row]").CountAsync()).Should().Be(0, $"searching the inbox for '{term}'");
            await zulfi.GotoAsync($"{fixture.BaseUrl}/cases?q={Uri.EscapeDataString(term)}");
            (await zulfi.Locator("[data-testid=case-link]").CountAsync()).Should().Be(0, $"searching the cases for '{term}'");
            await zulfi.GotoAsync($"{fixture.BaseUrl}/beneficiaries?q={Uri.EscapeDataString(term)}");
            (await zulfi.ContentAsync()).Should().NotContain("نورة البتورية", $"searching the registry for '{term}'");
        }

        // Opening Batoor's URLs directly: the not-found page, nothing of the case.
        await zulfi.GotoAsync($"{fixture.BaseUrl}/cases/{caseId}");
        (await zulfi.Locator("[data-testid=case-not-found]").CountAsync()).Should().Be(1);
        (await zulfi.ContentAsync()).Should().NotContain(reference);
        await Screenshots.TakeAsync(zulfi, "isolation-case-not-found-ar");
        await zulfi.GotoAsync($"{fixture.BaseUrl}/tasks/{taskId}");
        (await zulfi.Locator("[data-testid=task-not-found]").CountAsync()).Should().Be(1);
        (await zulfi.ContentAsync()).Should().NotContain(reference);
        await zulfi.GotoAsync($"{fixture.BaseUrl}/beneficiaries/{beneficiaryId}");
        (await zulfi.Locator("[data-testid=beneficiary-not-found]").CountAsync()).Should().Be(1);
        (await zulfi.ContentAsync()).Should().NotContain("نورة البتورية");

        // Zulfi's reports count none of it.
        await zulfiDirector.GotoAsync($"{fixture.BaseUrl}/reports");
        (await ReportFiguresAsync(zulfiDirector)).Should().Be(reportsBefore);
    }

    private static async Task<string> ReportFiguresAsync(IPage page) =>
        (await page.TextContentAsync("[data-testid=chart-stages]") ?? "") + "|" + (await page.TextContentAsync("[data-testid=committee-report]") ?? "");

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : AnotherAssociationBrowserTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : AnotherAssociationBrowserTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
