using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WorkflowOffice.Host.Tests.Infrastructure;
using WorkflowOffice.Host.Tests.Policies;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>
/// Procedure files built to take the host down (deep nesting, entity expansion, size): refused with a problem that
/// says why, nothing stored, and the draft still opens afterwards.
/// </summary>
public abstract class HostileProcedureTests(HostFixture fixture)
{
    private const string Key = PolicyWorld.Key;

    private static string Nested(int depth)
    {
        var body = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="start" />""");
        for (var i = 0; i < depth; i++)
        {
            body.Append(FormattableString.Invariant($"<bpmn:subProcess id=\"s{i}\">"));
        }

        body.Append(string.Concat(Enumerable.Repeat("</bpmn:subProcess>", depth)));
        return body.Append("</bpmn:process></bpmn:definitions>").ToString();
    }

    [Fact]
    public async Task SaveProcedure_RefusesADeeplyNestedFile_BeforeStoringIt_AndTheDraftStillOpens()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var number = await world.CreateDraftAsync();
        var before = await world.GetXmlAsync(number);

        var watch = Stopwatch.StartNew();
        var saved = await world.Owner.PutAsJsonAsync($"/api/policies/{Key}/editions/{number}/procedure", new { bpmnXml = Nested(30_000) });

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        saved.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, await saved.Content.ReadAsStringAsync());
        (await saved.Content.ReadAsStringAsync()).Should().Contain("nested more than");
        (await world.GetXmlAsync(number)).Should().Be(before, "nothing is stored before it validated");
        (await world.Owner.GetAsync($"/api/policies/{Key}/editions/{number}/diff")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Validate_AnswersEntityExpansionAndNestingAsProblems_Quickly()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var laughs = new StringBuilder("""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">""");
        for (var i = 1; i <= 9; i++)
        {
            laughs.Append(FormattableString.Invariant($"<!ENTITY a{i} \"")).Append(string.Concat(Enumerable.Repeat(i == 1 ? "&a;" : FormattableString.Invariant($"&a{i - 1};"), 10))).Append("\">");
        }

        laughs.Append("""]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p" name="&a9;" /></bpmn:definitions>""");

        foreach (var xml in new[] { laughs.ToString(), Nested(30_000) })
        {
            var watch = Stopwatch.StartNew();
            using var content = new StringContent(xml, Encoding.UTF8, "application/xml");
            var answer = await world.Owner.PostAsync("/api/procedures/validate", content);

            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
            answer.StatusCode.Should().Be(HttpStatusCode.OK);
            var problems = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems");
            problems.GetArrayLength().Should().Be(1);
            problems[0].GetProperty("message").GetString().Should().MatchRegex("DTD|nested more than");
        }
    }

    [Fact]
    public async Task Validate_RefusesABodyOverTheSizeLimit_BeforeReadingIt()
    {
        var world = await PolicyWorld.CreateAsync(fixture);
        var huge = "<bpmn:definitions>" + new string(' ', 5 * 1024 * 1024) + "</bpmn:definitions>";
        using var content = new StringContent(huge, Encoding.UTF8, "application/xml");

        var answer = await world.Owner.PostAsync("/api/procedures/validate", content);

        answer.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var number = await world.CreateDraftAsync();
        var saved = await world.Owner.PutAsJsonAsync($"/api/policies/{Key}/editions/{number}/procedure", new { bpmnXml = new string(' ', (2 * 1024 * 1024) + 10) });
        saved.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await saved.Content.ReadAsStringAsync()).Should().Contain("larger than the limit");
    }

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : HostileProcedureTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : HostileProcedureTests(fixture), IClassFixture<SqliteHostFixture>;
}
