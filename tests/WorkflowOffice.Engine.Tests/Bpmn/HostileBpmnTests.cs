using System.Diagnostics;
using System.Text;
using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Bpmn.Diff;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Engine.Tests.Bpmn;

/// <summary>
/// Files a hostile user can send to validation or save as a draft: each is refused with a sentence naming what is
/// wrong, quickly, and never by exhausting the stack (which would end the whole host).
/// </summary>
public class HostileBpmnTests
{
    private readonly WorkflowOffice.Engine.Activities.ActivityRegistry _activities = TestActivities.Create();

    [Fact]
    public void DeeplyNestedSubProcesses_AreRefusedNamingTheElement_WithoutRecursingIntoThem()
    {
        var body = new StringBuilder();
        const int depth = 20_000;
        for (var i = 0; i < depth; i++)
        {
            body.Append(CultureInfoFree($"<bpmn:subProcess id=\"s{i}\">"));
        }

        for (var i = 0; i < depth; i++)
        {
            body.Append("</bpmn:subProcess>");
        }

        var watch = Stopwatch.StartNew();
        var problems = BpmnParser.Parse(Process("p", "<bpmn:startEvent id=\"start\" />" + body), _activities).Problems;

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p =>
            p.ElementId.StartsWith('s') && p.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void EntityExpansion_IsRefused_BecauseDtdsAreProhibited()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        laughs.Append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (var i = 2; i <= 9; i++)
        {
            laughs.Append(CultureInfoFree($"<!ENTITY lol{i} \"")).Append(string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))).Append("\">");
        }

        var process = Process("p", "<bpmn:startEvent id=\"start\" name=\"&lol9;\" />");
        laughs.Append("]>").Append(process[process.IndexOf("<bpmn:definitions", StringComparison.Ordinal)..]);

        var watch = Stopwatch.StartNew();
        var problems = BpmnParser.Parse(laughs.ToString(), _activities).Problems;

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        problems.Should().ContainSingle().Which.Message.Should().Contain("DTD");
        FluentActions.Invoking(() => ProcedureDiff.Compare(laughs.ToString(), laughs.ToString())).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ConditionWithThousandsOfParentheses_IsAProblemOfItsFlow()
    {
        var condition = new string('(', 50_000) + "x" + new string(')', 50_000);
        var body = """<bpmn:startEvent id="start" /><bpmn:exclusiveGateway id="g" default="d" /><bpmn:endEvent id="e" />"""
            + Flow("start", "g") + Flow("g", "e", condition, "c") + Flow("g", "e", null, "d");

        var problems = BpmnParser.Parse(Process("p", body), _activities).Problems;

        problems.Should().ContainSingle().Which.ElementId.Should().Be("c");
    }

    private static string CultureInfoFree(FormattableString text) => FormattableString.Invariant(text);
}
