using System.Globalization;
using Microsoft.Playwright;
using WorkflowOffice.Activities.Identifiers;

namespace WorkflowOffice.Browser.Tests.Infrastructure;

/// <summary>Intake at the counter through the staff pages, as an officer does it.</summary>
internal static class Counter
{
    /// <summary>A complete, clear request of a new beneficiary at the counter (CH-1); returns its reference.</summary>
    public static async Task<string> TakeInAsync(IPage officer, string nineDigits)
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
        var created = officer.Locator("[data-testid=created-reference]");
        await created.WaitForAsync();
        return (await created.TextContentAsync())!.Trim();
    }
}
