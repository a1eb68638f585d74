using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>
/// Sign-in is throttled per address and per account from that address: an anonymous attacker's wrong passwords
/// never keep the staff member out, and the answers are the same whether or not the e-mail exists. Each test runs
/// its own host behind a trusted proxy so that <c>X-Forwarded-For</c> names the client.
/// </summary>
public abstract class SignInThrottleTests(HostFixture fixture)
{
    private WebApplicationFactory<Program> BehindProxy() =>
        fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Security:ForwardedHeaders", "true"));

    private static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string address, string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task AttackersWrongPasswords_DoNotLockTheStaffMemberOut()
    {
        var email = await TestUsers.CreateAsync(fixture.Factory);
        using var host = BehindProxy();
        using var client = host.CreateClient();

        for (var attempt = 0; attempt < 12; attempt++)
        {
            (await LoginAsync(client, "203.0.113.7", email, "Wrong-Password-" + attempt)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var attacker = await LoginAsync(client, "203.0.113.7", email, TestUsers.Password);
        var staff = await LoginAsync(client, "198.51.100.20", email, TestUsers.Password);

        attacker.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the attacker's address is locked out of this account even with the right password");
        (await attacker.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("locked").GetBoolean().Should().BeTrue();
        staff.StatusCode.Should().Be(HttpStatusCode.OK, "the staff member signing in from elsewhere is not locked out");
    }

    [Fact]
    public async Task Answers_AreTheSame_WhetherOrNotTheAccountExists()
    {
        var existing = await TestUsers.CreateAsync(fixture.Factory);
        var unknown = $"nobody-{Guid.NewGuid():N}@zulfi.test";
        using var host = BehindProxy();
        using var client = host.CreateClient();

        var existingAnswers = new List<string>();
        var unknownAnswers = new List<string>();
        for (var attempt = 0; attempt < 7; attempt++)
        {
            existingAnswers.Add(await DescribeAsync(await LoginAsync(client, "192.0.2.10", existing, "Wrong-Password-" + attempt)));
            unknownAnswers.Add(await DescribeAsync(await LoginAsync(client, "192.0.2.11", unknown, "Wrong-Password-" + attempt)));
        }

        unknownAnswers.Should().Equal(existingAnswers);
        existingAnswers.Last().Should().Contain("Account locked");
    }

    [Fact]
    public async Task OneAddress_IsLimited_AcrossAccounts()
    {
        using var host = BehindProxy();
        using var client = host.CreateClient();

        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 31; attempt++)
        {
            last = await LoginAsync(client, "192.0.2.99", $"guess-{attempt}@zulfi.test", "Wrong-Password-1");
        }

        last.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        last.Headers.RetryAfter.Should().NotBeNull();
        (await LoginAsync(client, "192.0.2.100", $"guess-x@zulfi.test", "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return $"{(int)response.StatusCode} {problem.GetProperty("title").GetString()} {problem.GetProperty("detail").GetString()}";
    }

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : SignInThrottleTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : SignInThrottleTests(fixture), IClassFixture<SqliteHostFixture>;
}
