using Microsoft.Playwright;

namespace WorkflowOffice.Browser.Tests.Infrastructure;

/// <summary>Signs a demo staff member in, in a browser context of their own.</summary>
public static class Staff
{
    public static async Task<(IBrowserContext Context, IPage Page)> SignInAsync(BrowserHostFixture fixture, string email, string language = "ar", string? password = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 860 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/culture/set?culture={language}&returnUrl=%2Faccount%2Flogin");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password ?? BrowserHostFixture.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        // Each role lands on its own work (inbox, administration, editions awaiting a vote): any page but the form.
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return (context, page);
    }
}
