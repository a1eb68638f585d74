using System.Net;
using System.Text.RegularExpressions;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Components;

public abstract partial class SignInPageTests(HostFixture fixture)
{
    [Fact]
    public async Task SignInPage_IsArabicRightToLeft_ByDefault()
    {
        using var client = fixture.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/account/login"));

        html.Should().Contain("<html lang=\"ar\" dir=\"rtl\">");
        html.Should().Contain("مكتب سير العمل").And.Contain("تسجيل الدخول");
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglishLeftToRight_AndIsRemembered()
    {
        using var client = fixture.CreateClient();

        var switched = await client.GetAsync("/culture/set?culture=en&returnUrl=%2Faccount%2Flogin");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/account/login"));

        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);
        switched.Headers.Location!.OriginalString.Should().Be("/account/login");
        html.Should().Contain("<html lang=\"en\" dir=\"ltr\">");
        html.Should().Contain("WorkflowOffice").And.Contain("Sign in with your association account");
    }

    [Fact]
    public async Task LanguageSwitch_RefusesToRedirectOffSite()
    {
        using var client = fixture.CreateClient();

        var switched = await client.GetAsync("/culture/set?culture=en&returnUrl=%2F%2Fevil.example");

        switched.Headers.Location!.OriginalString.Should().Be("/");
    }

    [Fact]
    public async Task SignIn_ShowsClearMessage_WhenPasswordIsWrong()
    {
        using var client = fixture.CreateClient();

        var response = await PostSignInAsync(client, "researcher@zulfi.demo", "Not-The-Password-9");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
    }

    [Fact]
    public async Task SignIn_SaysAccountIsLocked_AfterFiveWrongPasswords()
    {
        var email = await TestUsers.CreateAsync(fixture.Factory);
        using var client = fixture.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PostSignInAsync(client, email, "Wrong-Password-" + attempt);
        }

        var response = await PostSignInAsync(client, email, TestUsers.Password);

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("تم قفل هذا الحساب");
        response.Headers.Location.Should().BeNull();
    }

    [Fact]
    public async Task HomePage_GreetsTheSignedInUserInArabic()
    {
        using var client = fixture.CreateClient();

        var response = await PostSignInAsync(client, "officer@batoor.demo", HostFixture.DemoPassword);
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        home.Should().Contain("مرحباً، مسؤول علاقات المستفيدين");
        home.Should().Contain("جمعية رعاية مبتوري الأطراف");
        home.Should().Contain("officer@batoor.demo");
    }

    [Fact]
    public async Task HomePage_RedirectsToSignIn_WhenAnonymous()
    {
        using var client = fixture.CreateClient();

        var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/account/login");
    }

    [Fact]
    public async Task SignOut_EndsTheSession_OnlyWithTheFormsAntiforgeryToken()
    {
        using var client = fixture.CreateClient();
        await PostSignInAsync(client, "committee@batoor.demo", HostFixture.DemoPassword);
        var home = await client.GetStringAsync("/");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(home).Groups[1].Value);

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>());
        var withoutToken = await client.PostAsync("/account/logout", forged);
        var stillSignedIn = await client.GetAsync("/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var signOut = await client.PostAsync("/account/logout", form);
        var afterSignOut = await client.GetAsync("/");

        withoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        stillSignedIn.StatusCode.Should().Be(HttpStatusCode.OK);
        signOut.Headers.Location!.OriginalString.Should().Be("/account/login");
        afterSignOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(page);
        token.Success.Should().BeTrue("the sign-in form carries an antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/account/login", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : SignInPageTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : SignInPageTests(fixture), IClassFixture<SqliteHostFixture>;
}
