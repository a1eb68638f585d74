using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Host.Tests.Cases;
using Xunit.Abstractions;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>
/// Seeded, bounded fuzzing of every POST/PUT endpoint of the API, read from the host's own endpoint list: random
/// JSON (wrong kinds, huge and control-character strings, deep nesting), malformed text and hostile BPMN. Not one
/// answer may be a 500 or take more than 5 seconds, and the host must still answer afterwards.
/// </summary>
public abstract class FuzzTests(CasesFixture fixture, ITestOutputHelper output)
{
    private const int Seed = 20261204;
    private const int BodiesPerEndpoint = 60;

    [Fact]
    public async Task EveryPostAndPut_AnswersWithoutA500_Quickly()
    {
        using var admin = await fixture.SignInAsync(Director);
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        var taskId = await TaskAsync(officer, caseId, "attestation");
        var random = new Random(Seed);
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText ?? "")))
            .Where(e => e.Method is "POST" or "PUT" && e.Route.StartsWith("/api/", StringComparison.Ordinal) && !e.Route.Contains("logout", StringComparison.Ordinal))
            .Distinct()
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ToList();
        endpoints.Should().HaveCountGreaterThan(10);

        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var total = 0;
        var budget = Stopwatch.StartNew();
        foreach (var (method, route) in endpoints)
        {
            for (var i = 0; i < BodiesPerEndpoint && budget.Elapsed < TimeSpan.FromSeconds(100); i++)
            {
                var path = Fill(route, random, caseId, taskId);
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(random, route) };
                var watch = Stopwatch.StartNew();
                using var response = await (random.Next(4) == 0 ? officer : admin).SendAsync(request);
                watch.Stop();
                total++;
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                if ((int)response.StatusCode >= 500 || watch.Elapsed > TimeSpan.FromSeconds(5))
                {
                    failures.Add($"{method} {path}: {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms — {Truncate(await request.Content!.ReadAsStringAsync())}");
                }
            }
        }

        output.WriteLine($"{total} requests to {endpoints.Count} endpoints, slowest {slowest.TotalMilliseconds:0} ms");
        failures.Should().BeEmpty();
        total.Should().BeGreaterThan(1000);
        (await admin.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK, "the host is alive");
    }

    private static string Fill(string route, Random random, Guid caseId, Guid taskId)
    {
        var path = route
            .Replace("{id:guid}", (random.Next(3) == 0 ? Guid.NewGuid() : route.StartsWith("/api/tasks", StringComparison.Ordinal) ? taskId : caseId).ToString(), StringComparison.Ordinal)
            .Replace("{key}", random.Next(3) == 0 ? "no-such-policy" : WorkflowOffice.Host.Policies.PolicyCatalog.BeneficiaryRelationshipKey, StringComparison.Ordinal)
            .Replace("{number:int}", random.Next(1, 6).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{token}", Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]+\\}", "x");
    }

    private static HttpContent Body(Random random, string route)
    {
        var procedure = route.Contains("procedure", StringComparison.Ordinal) || route.Contains("editions", StringComparison.Ordinal);
        switch (random.Next(procedure ? 6 : 4))
        {
            case 0:
                return new StringContent(Malformed(random), Encoding.UTF8, "application/json");
            case 4:
                return JsonContent.Create(new { bpmnXml = HostileBpmn(random) });
            case 5:
                return new StringContent(HostileBpmn(random), Encoding.UTF8, "application/xml");
            default:
                return new StringContent(JsonSerializer.Serialize(Value(random, 0)), Encoding.UTF8, "application/json");
        }
    }

    private static readonly string[] Names =
    [
        "data", "outcome", "channel", "supportType", "beneficiary", "documents", "nationalId", "city", "mobile", "question",
        "answer", "caseId", "associationId", "reasons", "signature", "method", "code", "bpmnXml", "from", "vote", "comment",
        "text", "elementId", "meetingNumber", "boardCycle", "meetingDate", "email", "password", "refreshToken", "association",
        "type", "number", "expiresOn", "nameAr", "nameEn", "birthDate", "iban", "unclear", "answers", "score",
    ];

    private static object? Value(Random random, int depth) => random.Next(depth > 4 ? 6 : 9) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(4) switch { 0 => decimal.MaxValue, 1 => -1, 2 => 1e-28m, _ => random.Next() },
        3 => Text(random),
        4 => Text(random),
        5 => Guid.NewGuid().ToString(),
        6 => Enumerable.Range(0, random.Next(4)).Select(_ => Value(random, depth + 1)).ToList(),
        _ => Enumerable.Range(0, random.Next(1, 6)).Select(_ => Names[random.Next(Names.Length)]).Distinct()
            .ToDictionary(n => n, _ => Value(random, depth + 1)),
    };

    private static string Text(Random random) => random.Next(8) switch
    {
        0 => "",
        1 => "\0",
        2 => new string('x', random.Next(100, 20_000)),
        3 => "قبول\u0001\u001f",
        4 => "CH-" + random.Next(0, 10).ToString(CultureInfo.InvariantCulture),
        5 => "2026-02-30",
        6 => "<script>alert(1)</script>' OR 1=1 --",
        _ => "\ud800",
    };

    private static string Malformed(Random random) => random.Next(5) switch
    {
        0 => "{",
        1 => "{\"data\": [1, 2,",
        2 => new string('[', 10_000) + new string(']', 10_000),
        3 => "\"just a string\"",
        _ => "{\"a\": \"\\u0000\", \"b\": tru}",
    };

    private static string HostileBpmn(Random random)
    {
        const string Open = """<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p" isExecutable="true">""";
        const string Close = "</bpmn:process></bpmn:definitions>";
        switch (random.Next(4))
        {
            case 0:
                var depth = random.Next(100, 20_000);
                return Open + string.Concat(Enumerable.Repeat("<bpmn:subProcess>", depth)) + string.Concat(Enumerable.Repeat("</bpmn:subProcess>", depth)) + Close;
            case 1:
                return """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>""" + Open[21..] + "<bpmn:startEvent id=\"s\" name=\"&c;\" />" + Close;
            case 2:
                var condition = new string('(', random.Next(50, 5_000)) + "x";
                return Open + """<bpmn:startEvent id="s" /><bpmn:exclusiveGateway id="g" /><bpmn:endEvent id="e" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="g" /><bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="e"><bpmn:conditionExpression>""" + condition + "</bpmn:conditionExpression></bpmn:sequenceFlow>" + Close;
            default:
                return Open + new string('x', random.Next(1, 1000)) + "<bpmn:startEvent";
        }
    }

    private static string Truncate(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture, ITestOutputHelper output) : FuzzTests(fixture, output);

    public sealed class OnSqlite(SqliteCasesFixture fixture, ITestOutputHelper output) : FuzzTests(fixture, output), IClassFixture<SqliteCasesFixture>;
}
