using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Tests.Cases;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>
/// Every API endpoint the host maps × anonymous and every role × the other association. The expected access is
/// written down here once per endpoint: an endpoint added without an entry fails the test, so nobody adds one
/// without deciding who may call it.
/// </summary>
public abstract class AuthorizationMatrixTests(CasesFixture fixture)
{
    private static readonly string[] Anyone = [.. Roles.All];
    private static readonly string[] Public = [];
    private static readonly string[] TakeIn = [Roles.Admin, Roles.RelationsOfficer];

    /// <summary>"METHOD route" → the roles allowed (<see cref="Public"/>: no sign-in needed). Task routes are checked on an attestation task, whose candidates are relations officers.</summary>
    private static readonly Dictionary<string, string[]> Matrix = new(StringComparer.Ordinal)
    {
        ["POST /api/auth/login"] = Public,
        ["POST /api/auth/refresh"] = Public,
        ["GET /api/auth/me"] = Anyone,
        ["POST /api/cases"] = TakeIn,
        ["GET /api/cases/{id:guid}"] = Anyone,
        ["POST /api/cases/{id:guid}/items"] = TakeIn,
        ["POST /api/inquiries"] = TakeIn,
        ["GET /api/beneficiaries"] = Anyone,
        ["GET /api/tasks"] = Anyone,
        ["POST /api/tasks/{id:guid}/claim"] = [Roles.RelationsOfficer],
        ["POST /api/tasks/{id:guid}/release"] = Anyone,
        ["POST /api/tasks/{id:guid}/complete"] = [Roles.RelationsOfficer],
        ["GET /api/policies"] = Anyone,
        ["GET /api/policies/{key}/editions"] = Anyone,
        ["POST /api/policies/{key}/editions"] = [Roles.PolicyOwner],
        ["GET /api/policies/{key}/editions/{number:int}"] = Anyone,
        ["PUT /api/policies/{key}/editions/{number:int}/procedure"] = [Roles.PolicyOwner],
        ["POST /api/policies/{key}/editions/{number:int}/submit"] = [Roles.PolicyOwner],
        ["POST /api/policies/{key}/editions/{number:int}/votes"] = [Roles.BoardMember],
        ["POST /api/policies/{key}/editions/{number:int}/comments"] = Anyone,
        ["POST /api/policies/{key}/editions/{number:int}/publish"] = [Roles.PolicyOwner],
        ["GET /api/policies/{key}/editions/{number:int}/diff"] = Anyone,
        ["POST /api/procedures/validate"] = Anyone,
        ["POST /api/public/applications"] = Public,
        ["POST /api/public/applications/{reference}/attestation"] = Public,
        ["POST /api/public/applications/{reference}/attestation-code"] = Public,
        ["GET /api/public/status"] = Public,
        ["POST /api/public/surveys/{token}"] = Public,
    };

    private static readonly Dictionary<string, string> Logins = new(StringComparer.Ordinal)
    {
        [Roles.Admin] = "admin@batoor.demo",
        [Roles.PolicyOwner] = "policy@batoor.demo",
        [Roles.RelationsOfficer] = Officer,
        [Roles.SocialResearcher] = Researcher,
        [Roles.CommitteeMember] = Committee,
        [Roles.BoardMember] = "board@batoor.demo",
    };

    private List<string> MappedApiEndpoints() =>
        [.. fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryApiEndpoint_HasAnEntry_AndEveryEntryAnEndpoint()
    {
        MappedApiEndpoints().Should().BeEquivalentTo(Matrix.Keys, "each endpoint says who may call it");
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachRole_AsTheMatrixSays_AndHidesOtherAssociations()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        var taskId = await TaskAsync(officer, caseId, "attestation");
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { ["anonymous"] = fixture.Anonymous() };
        foreach (var (role, email) in Logins)
        {
            clients[role] = await fixture.SignInAsync(email);
        }

        using var zulfi = await fixture.SignInAsync(ZulfiOfficer);
        var wrong = new List<string>();
        foreach (var (endpoint, allowed) in Matrix)
        {
            var method = endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)];
            var route = endpoint[(method.Length + 1)..];
            var path = route
                .Replace("{id:guid}", (route.StartsWith("/api/tasks", StringComparison.Ordinal) ? taskId : caseId).ToString(), StringComparison.Ordinal)
                .Replace("{key}", "no-such-policy", StringComparison.Ordinal)
                .Replace("{number:int}", "1", StringComparison.Ordinal)
                .Replace("{reference}", "BTR-C-2000-000000", StringComparison.Ordinal)
                .Replace("{token}", Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
            foreach (var (who, client) in clients)
            {
                var status = await SendAsync(client, method, path, endpoint);
                var expectedRefusal = allowed.Length == 0 ? (HttpStatusCode?)null
                    : who == "anonymous" ? HttpStatusCode.Unauthorized
                    : allowed.Contains(who) ? null
                    : HttpStatusCode.Forbidden;
                var ok = expectedRefusal is { } refusal ? status == refusal : status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
                if (!ok || (int)status >= 500)
                {
                    wrong.Add($"{endpoint} as {who}: {(int)status}, expected {(expectedRefusal is null ? "allowed" : ((int)expectedRefusal).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
                }
            }

            if (route.Contains("{id:guid}", StringComparison.Ordinal))
            {
                var status = await SendAsync(zulfi, method, path, endpoint);
                if (status != HttpStatusCode.NotFound)
                {
                    wrong.Add($"{endpoint} as the other association's officer: {(int)status}, expected 404");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        wrong.Should().BeEmpty();
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string path, string endpoint)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = endpoint.EndsWith("/items", StringComparison.Ordinal) ? JsonContent.Create(Array.Empty<object>()) : JsonContent.Create(new { });
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : AuthorizationMatrixTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : AuthorizationMatrixTests(fixture), IClassFixture<SqliteCasesFixture>;
}
