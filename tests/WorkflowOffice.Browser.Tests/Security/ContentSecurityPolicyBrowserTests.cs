using WorkflowOffice.Browser.Tests.Infrastructure;
using WorkflowOffice.Browser.Tests.Policies;
using WorkflowOffice.Host.Policies;

namespace WorkflowOffice.Browser.Tests.Security;

/// <summary>The pages' Content-Security-Policy allows what the designer needs (its bundle, its styles, validation calls) and nothing inline.</summary>
public abstract class ContentSecurityPolicyBrowserTests(BrowserHostFixture host)
{
    [Fact]
    public async Task Designer_DrawsTheProcedure_WithoutAnyPolicyViolation()
    {
        var owner = await StaffSessions.SignInAsync(host, "policy@batoor.demo");
        var violations = new List<string>();
        owner.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Type == "error")
            {
                violations.Add(message.Text);
            }
        };
        owner.PageError += (_, error) => violations.Add(error);

        var response = await owner.GotoAsync($"/policies/{PolicyCatalog.BeneficiaryRelationshipKey}/editions/3/designer");
        (await response!.AllHeadersAsync())["content-security-policy"].Should().Contain("script-src 'self'");
        await owner.WaitForSelectorAsync("body[data-ready=true]");
        await owner.WaitForSelectorAsync("#wo-designer .djs-container svg");
        (await owner.Locator("#wo-designer .djs-element").CountAsync()).Should().BeGreaterThan(20, "the reference procedure is drawn");
        await Screenshots.TakeAsync(owner, "security-designer-csp-ar");
        await owner.Context.CloseAsync();

        violations.Should().BeEmpty();
    }

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : ContentSecurityPolicyBrowserTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : ContentSecurityPolicyBrowserTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
