using System.Globalization;
using Microsoft.Playwright;

namespace WorkflowOffice.Browser.Tests.Policies;

/// <summary>
/// Takes a request through the staff pages up to the research committee, and reads back where the staff see it:
/// the case file's governing edition and the committee deadline on the administrator's timers page.
/// </summary>
internal static class CaseJourney
{
    /// <summary>The officer records the applicant's drawn signature (STEP-4): the request goes to the committee.</summary>
    public static async Task AttestAsync(IPage officer, string reference)
    {
        await officer.GotoAsync($"/inbox?q={reference}");
        await officer.Locator("[data-testid=task-row][data-form=attestation] [data-testid=open-task]").First.ClickAsync();
        var pad = await officer.Locator("[data-testid=signature-pad]").BoundingBoxAsync();
        await officer.Mouse.MoveAsync(pad!.X + 30, pad.Y + 30);
        await officer.Mouse.DownAsync();
        await officer.Mouse.MoveAsync(pad.X + 160, pad.Y + 70, new MouseMoveOptions { Steps = 10 });
        await officer.Mouse.UpAsync();
        await officer.ClickAsync("[data-testid=attest]");
        await officer.Locator("[data-testid=task-done]").WaitForAsync();
    }

    /// <summary>The policy edition the case file says governs the request.</summary>
    public static async Task<string> GoverningEditionAsync(IPage staff, string reference)
    {
        await staff.GotoAsync($"/cases?q={reference}");
        await staff.ClickAsync("[data-testid=case-link]");
        return (await staff.TextContentAsync("[data-testid=governing-edition]"))!.Trim();
    }

    /// <summary>The day of the committee's deadline (timer <c>committeeDeadline</c>) of a request, on the open timers page.</summary>
    public static async Task<DateOnly> CommitteeDeadlineAsync(IPage admin, string reference)
    {
        // The page names the step; the row carries the element id for programs.
        var row = admin.Locator("[data-testid=timers-table] tbody tr[data-element=committeeDeadline]")
            .Filter(new() { HasText = reference });
        var day = await row.Locator("time").GetAttributeAsync("datetime");
        return DateOnly.ParseExact(day!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Today in Riyadh (UTC+3, no daylight saving), as the pages write dates.</summary>
    public static DateOnly SaudiToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3));
}
