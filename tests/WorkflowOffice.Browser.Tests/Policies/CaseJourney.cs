using System.Globalization;
using Microsoft.Playwright;
using WorkflowOffice.Activities.Identifiers;

namespace WorkflowOffice.Browser.Tests.Policies;

/// <summary>
/// Takes a request through the staff pages up to the research committee, and reads back where the staff see it:
/// the case file's governing edition and the committee deadline on the administrator's timers page.
/// </summary>
internal static class CaseJourney
{
    /// <summary>A complete, clear request of a new beneficiary at the counter (CH-1); returns its reference.</summary>
    public static async Task<string> TakeInAtTheCounterAsync(IPage officer, string nineDigits)
    {
        await officer.GotoAsync("/intake?channel=CH-1");
        await officer.SelectOptionAsync("#supportType", "prosthetic-limb");
        await officer.FillAsync("#beneficiary\\.nationalId", nineDigits + SaudiNationalId.ComputeCheckDigit(nineDigits));
        await officer.FillAsync("#beneficiary\\.nameAr", "نورة الدوسري");
        await officer.FillAsync("#beneficiary\\.mobile", "05" + nineDigits[1..]);
        await officer.SetInputFilesAsync("input[name=idFile]", new FilePayload { Name = "id.png", MimeType = "image/png", Buffer = [137, 80, 78, 71] });
        await officer.FillAsync("input[name=idExpires]", DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await officer.SetInputFilesAsync("input[name=medicalFile]", new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = [37, 80, 68, 70] });
        await officer.ClickAsync("[data-testid=intake-submit]");
        var created = officer.Locator("[data-testid=intake-created] a");
        await created.WaitForAsync();
        return (await created.TextContentAsync())!.Trim();
    }

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
        var row = admin.Locator("[data-testid=timers-table] tbody tr")
            .Filter(new() { HasText = reference })
            .Filter(new() { HasText = "committeeDeadline" });
        var day = await row.Locator("time").GetAttributeAsync("datetime");
        return DateOnly.ParseExact(day!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Today in Riyadh (UTC+3, no daylight saving), as the pages write dates.</summary>
    public static DateOnly SaudiToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3));
}
