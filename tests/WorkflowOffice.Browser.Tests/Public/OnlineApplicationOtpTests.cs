using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Browser.Tests.Infrastructure;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Browser.Tests.Public;

/// <summary>
/// STEP-4 on the website (CH-7): the applicant attests their data with the one-time code sent to their mobile, on a
/// phone and on a desktop, in Arabic and English. Also the administration's template page, where an association
/// saves its own wording (issue 5), on both viewports.
/// </summary>
public abstract partial class OnlineApplicationOtpTests(BrowserHostFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Desktop = new() { Width = 1366, Height = 860 };
    private static int _next = Random.Shared.Next(10_000_000, 90_000_000);

    [Fact]
    public async Task Applicant_AttestsWithTheSmsCode_OnAPhone_AndTheRequestGoesToTheCommittee()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Phone, IsMobile = true });
        var page = await context.NewPageAsync();
        var reference = await ApplyAsync(page, "0541234567");

        await page.ClickAsync("[data-testid=attest-now]");
        (await page.InputValueAsync("[data-testid=attest-reference]")).Should().Be(reference);
        (await page.TextContentAsync("[data-testid=declaration]")).Should().Contain("أقر");
        await Screenshots.TakeAsync(page, "public-attest-phone-ar");

        // A wrong code is refused in place, with the attempts left; nothing is attested.
        var code = await CodeAsync(reference);
        await page.FillAsync("[data-testid=attest-mobile]", "0541234567");
        await page.FillAsync("[data-testid=attest-code]", code == "000000" ? "111111" : "000000");
        await page.CheckAsync("[data-testid=attest-confirm]");
        await page.ClickAsync("[data-testid=attest-submit]");
        (await page.TextContentAsync("[data-testid=error-code]")).Should().Contain("غير صحيح");
        await Screenshots.TakeAsync(page, "public-attest-error-phone-ar");

        // The right code, typed in Arabic-Indic digits as a phone keyboard may give them.
        await page.FillAsync("[data-testid=attest-mobile]", "0541234567");
        await page.FillAsync("[data-testid=attest-code]", ToArabicIndic(code));
        await page.CheckAsync("[data-testid=attest-confirm]");
        await page.ClickAsync("[data-testid=attest-submit]");
        await page.Locator("[data-testid=attestation-done]").WaitForAsync();
        (await page.TextContentAsync("[data-testid=attestation-status]")).Should().Contain("لجنة البحث");
        await Screenshots.TakeAsync(page, "public-attest-done-phone-ar");

        var attestation = await QueryAsync(db => db.Set<Attestation>().AsNoTracking()
            .Join(db.Set<SupportCase>(), a => a.CaseId, c => c.Id, (a, c) => new { a, c.Reference })
            .Where(x => x.Reference == reference).Select(x => x.a).SingleAsync());
        attestation.Method.Should().Be("otp");
        attestation.RecordedBy.Should().Be("public");
        attestation.DataHash.Should().HaveLength(64);
    }

    [Fact]
    public async Task AttestPage_InEnglish_OnDesktopAndPhone_ShowsTheDeclarationAndFieldErrors()
    {
        await using var arabic = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Desktop });
        var reference = await ApplyAsync(await arabic.NewPageAsync(), "0531234567");
        var desktopAr = await arabic.NewPageAsync();
        await desktopAr.GotoAsync($"{fixture.BaseUrl}/attest?reference={reference}");
        await Screenshots.TakeAsync(desktopAr, "public-attest-desktop-ar");

        foreach (var (viewport, name) in new[] { (Desktop, "desktop"), (Phone, "phone") })
        {
            await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, IsMobile = viewport == Phone });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{fixture.BaseUrl}/culture/set?culture=en&returnUrl={Uri.EscapeDataString("/attest?reference=" + reference)}");
            (await page.GetAttributeAsync("html", "dir")).Should().Be("ltr");
            (await page.TextContentAsync("h1")).Should().Be("Attest your data");
            (await page.TextContentAsync("[data-testid=declaration]")).Should().Contain("I declare");

            // Not ticking the declaration is shown beside the box, in English.
            await page.FillAsync("[data-testid=attest-mobile]", "0531234567");
            await page.FillAsync("[data-testid=attest-code]", "123456");
            await page.ClickAsync("[data-testid=attest-submit]");
            (await page.TextContentAsync("[data-testid=error-confirmed]")).Should().Contain("Please confirm the declaration");
            await Screenshots.TakeAsync(page, $"public-attest-{name}-en");
        }
    }

    [Fact]
    public async Task TemplatesPage_SavesTheAssociationsWording_ShowsErrorsWithTheLine_AndResets()
    {
        foreach (var (viewport, name, language) in new[] { (Desktop, "desktop", "en"), (Phone, "phone", "ar") })
        {
            var (context, page) = await Staff.SignInAsync(fixture, "admin@batoor.demo", language);
            await using var _ = context;
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            await page.GotoAsync($"{fixture.BaseUrl}/administration/templates?event=items-closed-incomplete&channel=Sms");
            (await page.TextContentAsync("[data-testid=template-origin-en]")).Should().Contain(language == "en" ? "Shipped wording" : "الصيغة المرفقة");

            // An unknown variable on line 2 is refused with the line, and the typed text stays for correction.
            await page.FillAsync("[data-testid=template-text-en]", "Dear {{recipientName}},\nyour file {{fileNo}} is closed.");
            await page.ClickAsync("[data-testid=template-save-en]");
            (await page.TextContentAsync("[data-testid=template-error-en]")).Should().Contain(language == "en" ? "line 2" : "السطر");
            (await page.InputValueAsync("[data-testid=template-text-en]")).Should().Contain("{{fileNo}}");
            await Screenshots.TakeAsync(page, $"admin-templates-error-{name}-{language}");

            await page.FillAsync("[data-testid=template-text-en]", "Dear {{recipientName}}, request {{reference}} is closed; apply again any time. {{associationName}}");
            await page.ClickAsync("[data-testid=template-save-en]");
            (await page.TextContentAsync("[data-testid=template-notice]")).Should().Contain(language == "en" ? "version 1" : "الإصدار");
            (await page.TextContentAsync("[data-testid=template-origin-en]")).Should().Contain(language == "en" ? "version 1" : "صيغة الجمعية");
            (await page.TextContentAsync("[data-testid=template-preview-en]")).Should().Contain("apply again any time");
            await Screenshots.TakeAsync(page, $"admin-templates-saved-{name}-{language}");

            await page.ClickAsync("[data-testid=template-reset-en]");
            (await page.TextContentAsync("[data-testid=template-origin-en]")).Should().Contain(language == "en" ? "Shipped wording" : "الصيغة المرفقة");
            (await page.InputValueAsync("[data-testid=template-text-en]")).Should().NotContain("apply again any time");
        }
    }

    private async Task<string> ApplyAsync(IPage page, string mobile)
    {
        await page.GotoAsync($"{fixture.BaseUrl}/apply");
        var nine = "1" + Interlocked.Increment(ref _next).ToString("D8", CultureInfo.InvariantCulture);
        await page.SelectOptionAsync("#association", "BTR");
        await page.SelectOptionAsync("[data-testid=support-type]", "prosthetic-limb");
        await page.FillAsync("[data-testid=national-id]", nine + SaudiNationalId.ComputeCheckDigit(nine));
        await page.FillAsync("[data-testid=name]", "نورة القحطاني");
        await page.FillAsync("[data-testid=mobile]", mobile);
        await page.FillAsync("#beneficiary\\.city", "الرياض");
        await page.SetInputFilesAsync("[data-testid=id-file]", new FilePayload { Name = "id.png", MimeType = "image/png", Buffer = [137, 80, 78, 71] });
        await page.FillAsync("[data-testid=id-expires]", DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.SetInputFilesAsync("[data-testid=medical-file]", new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = [37, 80, 68, 70] });
        await page.ClickAsync("[data-testid=submit-application]");
        return (await page.TextContentAsync("[data-testid=application-reference]"))!.Trim();
    }

    /// <summary>The code as the applicant's phone received it (the rendered SMS in the outbox).</summary>
    private async Task<string> CodeAsync(string reference)
    {
        var body = await QueryAsync(db => db.Set<NotificationMessage>().AsNoTracking()
            .Join(db.Set<SupportCase>(), m => m.CaseId, c => c.Id, (m, c) => new { m, c.Reference })
            .Where(x => x.Reference == reference && x.m.Event == "attestation-code" && x.m.Channel == "sms")
            .OrderByDescending(x => x.m.CreatedAt).Select(x => x.m.Body).FirstAsync());
        return SixDigits().Match(body).Value;
    }

    private async Task<T> QueryAsync<T>(Func<WorkflowOfficeDbContext, Task<T>> query)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>());
    }

    private static string ToArabicIndic(string digits) => string.Concat(digits.Select(d => (char)('٠' + (d - '0'))));

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : OnlineApplicationOtpTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : OnlineApplicationOtpTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
