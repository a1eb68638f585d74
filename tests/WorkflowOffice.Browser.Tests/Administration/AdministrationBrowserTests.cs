using WorkflowOffice.Browser.Tests.Infrastructure;

namespace WorkflowOffice.Browser.Tests.Administration;

public abstract class AdministrationBrowserTests(BrowserHostFixture fixture)
{
    [Fact]
    public async Task CreateUser_ShowsTemporaryPasswordOnce_AndTheNewUserCanSignIn()
    {
        var (context, page) = await Staff.SignInAsync(fixture, "admin@batoor.demo");
        await using var _ = context;

        (await page.TextContentAsync("[data-testid=association-name]")).Should().Contain("مبتوري");
        await page.ClickAsync("[data-testid=nav-administration]");
        await page.WaitForURLAsync($"{fixture.BaseUrl}/administration/users");
        (await page.Locator("[data-testid=user-row]").CountAsync()).Should().Be(6, "the association has its six demo users and none of Zulfi's");
        (await page.ContentAsync()).Should().NotContain("zulfi", "a user of another association is never listed");
        await Screenshots.TakeAsync(page, "admin-users-ar");

        await page.FillAsync("#new-email", "new.officer@batoor.demo");
        await page.FillAsync("#new-name-ar", "موظف جديد");
        await page.FillAsync("#new-name-en", "New officer");
        await page.CheckAsync("[data-testid=create-user-form] input[value=RelationsOfficer]");
        await page.ClickAsync("[data-testid=create-user]");
        var password = await page.TextContentAsync("[data-testid=temporary-password]");
        password.Should().MatchRegex("^[A-Za-z0-9]{14}$");
        await page.ReloadAsync();
        (await page.Locator("[data-testid=temporary-password]").CountAsync()).Should().Be(0, "the temporary password is shown once");

        await using var other = await fixture.Browser.NewContextAsync();
        var signIn = await other.NewPageAsync();
        await signIn.GotoAsync($"{fixture.BaseUrl}/account/login");
        await signIn.FillAsync("#email", "new.officer@batoor.demo");
        await signIn.FillAsync("#password", password!);
        await signIn.ClickAsync("button[type=submit]");
        await signIn.WaitForURLAsync($"{fixture.BaseUrl}/inbox");
        (await signIn.Locator("[data-testid=nav-administration]").CountAsync()).Should().Be(0, "an officer does not see the administration");
        (await signIn.Locator("[data-testid=nav-inbox]").CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task TemplatePreview_RendersBothLanguages_AndShowsAnUnknownVariableAsAnError()
    {
        var (context, page) = await Staff.SignInAsync(fixture, "admin@batoor.demo");
        await using var _ = context;

        await page.GotoAsync($"{fixture.BaseUrl}/administration/templates?event=sent-to-committee&channel=Sms");
        (await page.TextContentAsync("[data-testid=template-preview-ar]")).Should().Contain("BTR-C-2026-000123").And.Contain("هـ");
        (await page.TextContentAsync("[data-testid=template-preview-en]")).Should().Contain("research committee").And.Contain("AH");
        await Screenshots.TakeAsync(page, "admin-templates-ar");

        // Live preview: typing re-renders without a reload.
        await page.FillAsync("[data-testid=template-text-en]", "Hello {{recipientName}}, {{unknownThing}}");
        await page.Locator("[data-testid=template-preview-en] .wo-error").WaitForAsync();
        (await page.TextContentAsync("[data-testid=template-preview-en]")).Should().Contain("unknownThing");
    }

    [Fact]
    public async Task EnglishSwitch_ChangesTheShellAndAdministrationPages()
    {
        var (context, page) = await Staff.SignInAsync(fixture, "admin@batoor.demo");
        await using var _ = context;

        await page.GotoAsync($"{fixture.BaseUrl}/administration/incidents");
        (await page.TextContentAsync("[data-testid=nav-administration]")).Should().Contain("الإدارة");
        await Screenshots.TakeAsync(page, "admin-incidents-ar");
        await page.ClickAsync("[data-testid=language-switch]");
        await page.WaitForURLAsync($"{fixture.BaseUrl}/administration/incidents");
        (await page.GetAttributeAsync("html", "dir")).Should().Be("ltr");
        (await page.TextContentAsync("[data-testid=nav-administration]")).Should().Contain("Administration");
        (await page.TextContentAsync("[data-testid=association-name]")).Should().Contain("Amputee");
        (await page.TextContentAsync("[data-testid=no-incidents]")).Should().Be("No open incidents.");
        await Screenshots.TakeAsync(page, "admin-incidents-en");

        foreach (var tab in new[] { "users", "templates", "timers", "outbox" })
        {
            await page.GotoAsync($"{fixture.BaseUrl}/administration/{tab}");
            (await page.Locator("h1").TextContentAsync()).Should().Be("Administration");
            await Screenshots.TakeAsync(page, $"admin-{tab}-en");
        }
    }

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : AdministrationBrowserTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : AdministrationBrowserTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
