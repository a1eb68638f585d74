using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>Security headers on every answer; in Production behind a TLS proxy: HSTS, Secure cookies, API docs for signed-in staff.</summary>
public abstract partial class TransportHardeningTests(HostFixture fixture)
{
    private WebApplicationFactory<Program> ProductionBehindProxy() =>
        fixture.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Security:ForwardedHeaders", "true");
        });

    private static HttpRequestMessage ViaProxy(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.30");
        return request;
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/api/cases")]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path)
    {
        using var client = fixture.CreateClient();

        var response = await client.GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().ContainSingle();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("object-src 'none'").And.Contain("frame-ancestors 'self'");
        csp.Should().NotContain("script-src 'self' 'unsafe-inline'");
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [Fact]
    public async Task Production_BehindATlsProxy_SendsHstsAndSecureCookies_AndKeepsApiDocsForSignedInStaff()
    {
        using var host = ProductionBehindProxy();
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var loginPage = await client.SendAsync(ViaProxy(HttpMethod.Get, "/account/login"));
        loginPage.Headers.GetValues("Strict-Transport-Security").Single().Should().StartWith("max-age=");
        loginPage.Headers.GetValues("Set-Cookie").Should().OnlyContain(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        (await client.SendAsync(ViaProxy(HttpMethod.Get, "/openapi/v1.json"))).StatusCode.Should().NotBe(HttpStatusCode.OK);
        (await client.SendAsync(ViaProxy(HttpMethod.Get, "/swagger/index.html"))).StatusCode.Should().NotBe(HttpStatusCode.OK);

        var antiforgery = loginPage.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(await loginPage.Content.ReadAsStringAsync()).Groups[1].Value);
        using var signIn = ViaProxy(HttpMethod.Post, "/account/login");
        signIn.Headers.Add("Cookie", string.Join("; ", antiforgery));
        signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "officer@batoor.demo",
            ["Input.Password"] = HostFixture.DemoPassword,
        });
        using var signedIn = await client.SendAsync(signIn);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        var auth = signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("WorkflowOffice.Auth", StringComparison.Ordinal)).ToList();
        auth.Should().NotBeEmpty().And.OnlyContain(c => c.Contains("secure") && c.Contains("httponly"));

        using var docs = ViaProxy(HttpMethod.Get, "/openapi/v1.json");
        docs.Headers.Add("Cookie", string.Join("; ", auth.Select(c => c.Split(';')[0])));
        (await client.SendAsync(docs)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : TransportHardeningTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : TransportHardeningTests(fixture), IClassFixture<SqliteHostFixture>;
}
