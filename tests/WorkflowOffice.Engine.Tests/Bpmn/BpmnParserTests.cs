using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Testing;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Engine.Tests.Bpmn;

public class BpmnParserTests
{
    private readonly WorkflowOffice.Engine.Activities.ActivityRegistry _activities = TestActivities.Create();

    [Fact]
    public void PolicyLite_ParsesIntoAValidGraph()
    {
        var result = BpmnParser.Parse(File.ReadAllText(ModelPaths.PolicyLite()), _activities);

        result.Problems.Should().BeEmpty();
        var definition = result.Definition!;
        definition.Key.Should().Be("policy");
        definition.Nodes.Should().HaveCount(16);
        definition["complete"].DefaultFlow!.Id.Should().Be("f3b");
        definition["complete"].Outgoing.Single(f => f.Id == "f3a").Condition!.Source.Should().Be("unclear = true");
        var sla = definition["sla"];
        sla.CancelActivity.Should().BeFalse();
        sla.AttachedTo.Should().Be(definition["committee"].Index);
        sla.Timer!.Interval.Should().Be(new IsoDuration(0, 0, 14, TimeSpan.Zero));
        definition["committee"].Boundaries.Should().Equal(sla.Index);
    }

    [Fact]
    public void PolicyLiteCopy_MatchesTheSharedModel()
    {
        File.ReadAllText(ModelPaths.PolicyLiteCopy).Should().Be(File.ReadAllText(ModelPaths.PolicyLite()));
    }

    [Fact]
    public void EngineGuide_ExampleModel_IsValid()
    {
        var guide = File.ReadAllText(ModelPaths.InRepository("docs", "ENGINE.md"));
        var start = guide.IndexOf("```xml", StringComparison.Ordinal) + "```xml".Length;
        var xml = guide[start..guide.IndexOf("```", start, StringComparison.Ordinal)];

        BpmnParser.Parse(xml, _activities).Problems.Should().BeEmpty();
    }

    [Fact]
    public void UnsupportedElement_IsRejectedByName()
    {
        var xml = Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:inclusiveGateway id="gw" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "gw", "end"));

        var result = BpmnParser.Parse(xml, _activities);

        result.IsValid.Should().BeFalse();
        result.Problems.Should().ContainEquivalentOf(new ValidationProblem("gw", "bpmn:inclusiveGateway is not supported."));
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_WithItsElement()
    {
        var xml = Process("p", $"""
            <bpmn:startEvent id="start" />
            <bpmn:exclusiveGateway id="gw" />
            <bpmn:userTask id="a" wo:dueIn="three days" wo:priority="high" />
            <bpmn:userTask id="b" />
            <bpmn:serviceTask id="svc" wo:activity="nope" />
            <bpmn:serviceTask id="echo" wo:activity="echo" />
            <bpmn:intermediateCatchEvent id="wait">{Timer("timeDuration", "P14X")}</bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="msg"><bpmn:messageEventDefinition messageRef="unknownMessage" /></bpmn:intermediateCatchEvent>
            <bpmn:boundaryEvent id="floating" attachedToRef="gw">{Timer("timeDuration", "P1D")}</bpmn:boundaryEvent>
            <bpmn:scriptTask id="script" />
            <bpmn:intermediateCatchEvent id="signal"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="island" />
            <bpmn:endEvent id="end" />
            <bpmn:userTask id="a" />
            """
            + Flow("start", "gw") + Flow("gw", "a", "amount >") + Flow("gw", "b") + Flow("a", "ghost")
            + Chain("b", "svc", "echo", "wait", "msg", "end") + Flow("floating", "end"));

        var problems = BpmnParser.Parse(xml, _activities).Problems;

        problems.Should().Contain(p => p.ElementId == "gw_a" && p.Message.Contains("cannot be parsed as FEEL", StringComparison.Ordinal));
        problems.Should().Contain(p => p.ElementId == "gw" && p.Message.Contains("'gw_b' leaves the exclusive gateway without a condition", StringComparison.Ordinal));
        problems.Should().Contain(p => p.ElementId == "a_ghost" && p.Message.Contains("targetRef 'ghost'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.ElementId == "a" && p.Message.Contains("wo:dueIn 'three days'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.ElementId == "a" && p.Message.Contains("wo:priority 'high'", StringComparison.Ordinal));
        problems.Should().Contain(new ValidationProblem("svc", "Activity 'nope' (wo:activity) is not registered."));
        problems.Should().Contain(p => p.ElementId == "echo" && p.Message.Contains("needs the input 'value'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.ElementId == "wait" && p.Message.Contains("'P14X' is not an ISO 8601 duration", StringComparison.Ordinal));
        problems.Should().Contain(p => p.ElementId == "msg" && p.Message.Contains("unknown bpmn:message 'unknownMessage'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.ElementId == "floating" && p.Message.StartsWith("The boundary event is not attached to an activity", StringComparison.Ordinal));
        problems.Should().Contain(new ValidationProblem("script", "bpmn:scriptTask is not supported."));
        problems.Should().Contain(new ValidationProblem("signal", "bpmn:signalEventDefinition is not supported."));
        problems.Should().Contain(new ValidationProblem("island", "The element cannot be reached from the start event."));
        problems.Should().Contain(p => p.ElementId == "a" && p.Message.Contains("used by more than one element", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""<bpmn:endEvent id="end" />""", "p", "The process has no none start event.")]
    [InlineData("""<bpmn:startEvent id="start"><bpmn:timerEventDefinition /></bpmn:startEvent><bpmn:endEvent id="end" /><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="end" />""", "start", "bpmn:timerEventDefinition on a start event is not supported (only none start events).")]
    [InlineData("""<bpmn:startEvent id="start" /><bpmn:endEvent id="end" /><bpmn:sequenceFlow id="f" sourceRef="start" />""", "f", "The sequence flow has no targetRef.")]
    [InlineData("""<bpmn:startEvent id="start" /><bpmn:parallelGateway id="g" /><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="g" />""", "g", "The parallel gateway has no outgoing sequence flow.")]
    [InlineData("""<bpmn:startEvent id="start" /><bpmn:userTask id="t"><bpmn:multiInstanceLoopCharacteristics /></bpmn:userTask><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="t" />""", "t", "bpmn:multiInstanceLoopCharacteristics is not supported.")]
    [InlineData("""<bpmn:startEvent id="start" /><bpmn:userTask id="t" /><bpmn:endEvent id="e" /><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="t" /><bpmn:sequenceFlow id="c" sourceRef="t" targetRef="e"><bpmn:conditionExpression>x = 1</bpmn:conditionExpression></bpmn:sequenceFlow>""", "c", "Conditions are only supported on flows leaving an exclusive gateway, not bpmn:userTask.")]
    [InlineData("""<bpmn:startEvent id="start" /><bpmn:subProcess id="sub" /><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="sub" />""", "sub", "The sub-process has no none start event.")]
    [InlineData("""<bpmn:startEvent id="start" /><bpmn:intermediateCatchEvent id="w"><bpmn:timerEventDefinition><bpmn:timeCycle>R0/P1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="w" />""", "w", "bpmn:timeCycle: 'R0/P1D' is not an ISO 8601 repeating interval (e.g. R3/P1D).")]
    [InlineData("""<bpmn:startEvent id="start" /><bpmn:intermediateCatchEvent id="w"><bpmn:timerEventDefinition><bpmn:timeDate>tomorrow</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="w" />""", "w", "bpmn:timeDate: 'tomorrow' is not an ISO 8601 date-time (e.g. 2026-03-01T09:00:00Z).")]
    public void InvalidModel_IsReportedWithElementAndSentence(string body, string elementId, string message)
    {
        var problems = BpmnParser.Parse(Process("p", body), _activities).Problems;

        problems.Should().Contain(new ValidationProblem(elementId, message));
    }

    [Fact]
    public void UnreadableXml_IsOneProblemAboutTheFile()
    {
        var problems = BpmnParser.Parse("<bpmn:definitions", _activities).Problems;

        problems.Should().ContainSingle().Which.Message.Should().StartWith("The file is not well-formed XML");
    }

    [Fact]
    public void DiagramAndForeignExtensions_AreIgnored_AndWoAttributesKept()
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:wo="urn:workflowoffice:bpmn:1" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.30.0">
              <bpmn:process id="intake" name="Intake" isExecutable="true" camunda:historyTimeToLive="180">
                <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="review" name="Review" camunda:assignee="x" wo:role="RelationsOfficer" wo:remindBefore="P1D" wo:template="review-reminder" wo:channel="sms">
                  <bpmn:extensionElements><zeebe:taskDefinition type="ignored" /><wo:output name="reviewed">true</wo:output></bpmn:extensionElements>
                  <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
                <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
                <bpmn:textAnnotation id="note"><bpmn:text>Policy STEP-2</bpmn:text></bpmn:textAnnotation>
              </bpmn:process>
              <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="intake"><bpmndi:BPMNShape id="s" bpmnElement="start"><dc:Bounds x="1" y="2" width="36" height="36" /></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

        var result = BpmnParser.Parse(xml, _activities);

        result.Problems.Should().BeEmpty();
        result.Definition!.SourceXml.Should().Contain("BPMNDiagram");
        var review = result.Definition["review"];
        review.Attributes.Should().Contain("template", "review-reminder").And.Contain("channel", "sms").And.Contain("remindBefore", "P1D");
        review.Outputs.Should().ContainSingle(o => o.Key == "reviewed");
    }

    [Theory]
    [InlineData("R3/P1D", 3, "2026-01-02T00:00:00Z")]
    [InlineData("R/PT1H", -1, "2026-01-01T01:00:00Z")]
    [InlineData("R2/2026-03-01T09:00:00Z/P1M", 2, "2026-03-01T09:00:00Z")]
    public void TimerCycle_KnowsItsRepetitionsAndFirstDueTime(string text, int repetitions, string firstDue)
    {
        TimerDefinition.TryParse(TimerKind.Cycle, text, out var timer, out var error).Should().BeTrue(error);

        timer!.Repetitions.Should().Be(repetitions);
        timer.DueAt(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(DateTimeOffset.Parse(firstDue, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void MonthDuration_IsAddedOnTheCalendar()
    {
        IsoDuration.TryParse("P1M", out var month).Should().BeTrue();

        month.AddTo(new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero));
        IsoDuration.TryParse("P", out _).Should().BeFalse();
        IsoDuration.TryParse("PT", out _).Should().BeFalse();
    }
}
