using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Auth;

public abstract class AuthApiTests(HostFixture fixture)
{
    [Fact]
    public async Task Login_ReturnsBearerToken_ThatAuthorisesApiCalls()
    {
        using var client = fixture.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "officer@batoor.demo", password = HostFixture.DemoPassword });
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = await login.Content.ReadFromJsonAsync<JsonElement>();
        token.GetProperty("tokenType").GetString().Should().Be("Bearer");
        token.GetProperty("expiresIn").GetInt64().Should().Be(3600);
        token.GetProperty("refreshToken").GetString().Should().NotBeNullOrEmpty();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.SendAsync(request);

        me.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await me.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("RelationsOfficer");
        body.GetProperty("associationId").GetGuid().Should().NotBeEmpty();
    }

    [Fact]
    public async Task ApiCall_Returns401ProblemDetails_WithoutToken()
    {
        using var client = fixture.CreateClient();

        var response = await client.GetAsync("/api/auth/me");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.Location.Should().BeNull("the API never redirects to the sign-in page");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be(401);
    }

    [Fact]
    public async Task ApiCall_Returns401_WithForgedToken()
    {
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_Returns401ProblemDetails_WhenPasswordIsWrong()
    {
        using var client = fixture.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "board@zulfi.demo", password = "Wrong-Password-1" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().Should().Contain("wrong");
    }

    [Fact]
    public async Task Login_LocksAccount_AfterFiveWrongPasswords()
    {
        var email = await TestUsers.CreateAsync(fixture.Factory);
        using var client = fixture.CreateClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"Wrong-Password-{attempt}" });
            wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var sixth = await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password });

        sixth.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var problem = await sixth.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().Should().Be("Account locked");
        problem.GetProperty("locked").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Login_ReturnsValidationProblem_WhenEmailIsMissing()
    {
        using var client = fixture.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { password = "x" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(n => n.Equals("Email", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Refresh_ReturnsNewAccessToken_ForValidRefreshToken()
    {
        using var client = fixture.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "policy@batoor.demo", password = HostFixture.DemoPassword });
        var refreshToken = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        var forged = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "forged" });

        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString().Should().NotBeNullOrEmpty();
        forged.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : AuthApiTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : AuthApiTests(fixture), IClassFixture<SqliteHostFixture>;
}
