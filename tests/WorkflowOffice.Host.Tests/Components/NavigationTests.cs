using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cases.Intake;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Components;

/// <summary>Issue 11, navigation and feedback, where an HTTP exchange shows it: landing pages, refusals, the icon, masking.</summary>
public abstract partial class NavigationTests(HostFixture fixture)
{
    private static int _next = Random.Shared.Next(10_000_000, 90_000_000);

    [Theory]
    [InlineData("officer@batoor.demo", "/inbox")]
    [InlineData("researcher@batoor.demo", "/inbox")]
    [InlineData("committee@zulfi.demo", "/inbox")]
    [InlineData("board@batoor.demo", "/policies/awaiting-vote")]
    [InlineData("admin@zulfi.demo", "/administration")]
    [InlineData("policy@batoor.demo", "/policies")]
    public async Task SignIn_TakesEachRoleToItsWork(string email, string landing)
    {
        using var client = fixture.CreateClient();

        var response = await PostSignInAsync(client, "/account/login", email);
        var page = await client.GetAsync(Landed(response));

        Landed(response).Should().Be(landing);
        // (The administration's landing forwards to its first tab.)
        page.StatusCode.Should().Be(page.Headers.Location is null ? HttpStatusCode.OK : HttpStatusCode.Found, $"{email} may open {landing}");
        (page.Headers.Location?.OriginalString ?? landing).Should().Contain(landing, "a forward stays in the same area, never the sign-in form");
    }

    [Fact]
    public async Task SignIn_FollowsALocalReturnUrl_ButNotTheBareRootOrAnotherSite()
    {
        using var cases = fixture.CreateClient();
        using var root = fixture.CreateClient();
        using var offSite = fixture.CreateClient();

        var toCases = await PostSignInAsync(cases, "/account/login?ReturnUrl=%2Fcases%3Fq%3Dx", "officer@batoor.demo");
        var toRoot = await PostSignInAsync(root, "/account/login?ReturnUrl=%2F", "officer@batoor.demo");
        var toEvil = await PostSignInAsync(offSite, "/account/login?ReturnUrl=%2F%2Fevil.example", "officer@batoor.demo");

        Landed(toCases).Should().Be("/cases?q=x");
        Landed(toRoot).Should().Be("/inbox");
        Landed(toEvil).Should().Be("/inbox");
    }

    [Fact]
    public async Task BoardMember_LandsOnTheEditionsAwaitingTheirVote()
    {
        using var client = fixture.CreateClient();
        await PostSignInAsync(client, "/account/login", "board@zulfi.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/policies/awaiting-vote"));

        html.Should().Contain("إصدارات بانتظار تصويتك");
    }

    [Theory]
    [InlineData("officer@batoor.demo", "/administration/users", "/inbox")]
    [InlineData("researcher@batoor.demo", "/intake", "/inbox")]
    [InlineData("board@batoor.demo", "/cases", "/policies/awaiting-vote")]
    [InlineData("policy@zulfi.demo", "/policies/awaiting-vote", "/policies")]
    public async Task SignedInUser_OpeningAPageNotForTheirRole_GetsNotAllowed_NotTheSignInForm(string email, string path, string wayBack)
    {
        using var client = fixture.CreateClient(followRedirects: true);
        await PostSignInAsync(client, "/account/login", email);

        var response = await client.GetAsync(path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        html.Should().Contain("هذه الصفحة ليست ضمن صلاحياتك").And.NotContain("id=\"password\"");
        html.Should().Contain($"href=\"{wayBack}\" data-testid=\"back-to-work\"", "the page offers the way back to the user's own work");
    }

    [Fact]
    public async Task AnonymousVisitor_OpeningAStaffPage_IsStillSentToSignIn()
    {
        using var client = fixture.CreateClient();

        var response = await client.GetAsync("/administration/users");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/account/login");
    }

    [Fact]
    public async Task Favicon_IsAnIcon()
    {
        using var client = fixture.CreateClient();

        var response = await client.GetAsync("/favicon.ico");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        bytes.Take(4).Should().Equal(new byte[] { 0, 0, 1, 0 }, "an ICO file starts with its header");
        bytes.Length.Should().BeGreaterThan(1000);
    }

    [Fact]
    public async Task NationalId_IsMaskedTheSameWayOnEveryPage_AndWholeOnlyWhereTheRoleNeedsItAndSaysSo()
    {
        var nine = "1" + Interlocked.Increment(ref _next).ToString("D8", CultureInfo.InvariantCulture);
        var nationalId = nine + SaudiNationalId.ComputeCheckDigit(nine);
        var masked = nationalId[..1] + "******" + nationalId[7..];
        var (caseId, beneficiaryId, taskId) = await CreateCaseAsync(nationalId);

        using var researcher = fixture.CreateClient();
        await PostSignInAsync(researcher, "/account/login", "researcher@batoor.demo");
        using var officer = fixture.CreateClient();
        await PostSignInAsync(officer, "/account/login", "officer@batoor.demo");

        foreach (var (client, who, path) in new[]
        {
            (researcher, "researcher", $"/beneficiaries?q={nationalId}"),
            (researcher, "researcher", $"/cases/{caseId}"),
            (researcher, "researcher", $"/tasks/{taskId}"),
            (researcher, "researcher", $"/beneficiaries/{beneficiaryId}"),
            (officer, "officer", $"/cases/{caseId}"),
            (officer, "officer", $"/tasks/{taskId}"),
        })
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(path));
            var shown = ShownId().Matches(html).Select(m => m.Groups[1].Value).ToList();
            shown.Should().Equal([masked], $"{path} shows the national ID masked one way to the {who}");
            if (!path.Contains('?', StringComparison.Ordinal))
            {
                // (The registry's search box holds what was typed into it.)
                html.Should().NotContain(nationalId, $"{path} never carries the whole number for the {who}");
            }
        }

        var file = WebUtility.HtmlDecode(await officer.GetStringAsync($"/beneficiaries/{beneficiaryId}"));
        ShownId().Matches(file).Select(m => m.Groups[1].Value).Should().Equal([nationalId], "the officer checks identity at intake");
        file.Should().Contain("كاملًا لأن دورك يتحقق من هوية المستفيد", "the page says why the number is whole");
    }

    private async Task<(Guid CaseId, Guid BeneficiaryId, Guid TaskId)> CreateCaseAsync(string nationalId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var association = await db.Associations.SingleAsync(a => a.Code == "BTR");
        var created = await scope.ServiceProvider.GetRequiredService<IntakeService>().CreateCaseAsync(
            association.Id,
            new CaseIntakeRequest("CH-1", "support", "prosthetic-limb",
                new BeneficiaryInput(nationalId, "نورة الدوسري", "Noura Aldosari", "female", null, "05" + nationalId[2..10], null, null, null, "ar"),
                [
                    new DocumentInput("national-id-card", "A1", DateOnly.FromDateTime(DateTime.UtcNow.AddYears(3)), null, null, null),
                    new DocumentInput("medical-report", "MR-7", null, null, null, null),
                ],
                Unclear: true),
            "test",
            CancellationToken.None);
        var @case = await db.Set<SupportCase>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == created.Id);
        var task = await db.Set<WorkflowOffice.Host.Workflows.Persistence.WorkflowTaskRow>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.BusinessKey == @case.Reference).Select(t => t.Id).FirstAsync();
        return (created.Id, created.BeneficiaryId!.Value, task);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string path, string email)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryField().Match(page);
        token.Success.Should().BeTrue("the sign-in form carries an antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = HostFixture.DemoPassword,
        });
        return await client.PostAsync(path, form);
    }

    private static string Landed(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location!.OriginalString;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("data-testid=\"national-id\">([^<]*)<")]
    private static partial Regex ShownId();

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : NavigationTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : NavigationTests(fixture), IClassFixture<SqliteHostFixture>;
}
