using Microsoft.Playwright;
using WorkflowOffice.Browser.Tests.Infrastructure;

namespace WorkflowOffice.Browser.Tests.Account;

public abstract class SignInPageBrowserTests(BrowserHostFixture fixture)
{
    [Fact]
    public async Task SignIn_InArabicThenEnglish_GreetsTheUser()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{fixture.BaseUrl}/account/login");
        (await page.GetAttributeAsync("html", "dir")).Should().Be("rtl");
        (await page.TextContentAsync("h1")).Should().Be("مكتب سير العمل");
        await Screenshot(page, "sign-in-ar");

        await page.FillAsync("#email", "officer@batoor.demo");
        await page.FillAsync("#password", "wrong-password-1A");
        await page.ClickAsync("button[type=submit]");
        (await page.TextContentAsync("[data-testid=sign-in-error]")).Should().Contain("غير صحيحة");

        await page.ClickAsync("[data-testid=language-switch]");
        (await page.GetAttributeAsync("html", "dir")).Should().Be("ltr");
        (await page.TextContentAsync("h1")).Should().Be("WorkflowOffice");
        await Screenshot(page, "sign-in-en");

        await page.FillAsync("#email", "officer@batoor.demo");
        await page.FillAsync("#password", BrowserHostFixture.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{fixture.BaseUrl}/inbox");
        await page.GotoAsync($"{fixture.BaseUrl}/");

        (await page.TextContentAsync("[data-testid=greeting]")).Should().Be("Welcome, Relations officer");
        (await page.TextContentAsync("[data-testid=signed-in-user]")).Should().Be("officer@batoor.demo");
        await Screenshot(page, "home-en");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : SignInPageBrowserTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : SignInPageBrowserTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
