using WorkflowOffice.Engine.Bpmn.Diff;

namespace WorkflowOffice.Engine.Tests.Bpmn.Diff;

public sealed class ProcedureDiffTests
{
    private const string Published = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          xmlns:wo="urn:workflowoffice:bpmn:1" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="defs" targetNamespace="urn:test">
          <bpmn:process id="policy" isExecutable="true">
            <bpmn:startEvent id="start" name="Request received" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="verify" />
            <bpmn:userTask id="verify" name="Verify information" wo:role="RelationsOfficer" wo:dueIn="P3D" />
            <bpmn:sequenceFlow id="f2" sourceRef="verify" targetRef="complete" />
            <bpmn:exclusiveGateway id="complete" name="Complete?" default="f3b" />
            <bpmn:sequenceFlow id="f3a" sourceRef="complete" targetRef="committee">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">complete = true</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f3b" sourceRef="complete" targetRef="missing" />
            <bpmn:userTask id="missing" name="Ask for missing items" />
            <bpmn:sequenceFlow id="f4" sourceRef="missing" targetRef="verify" />
            <bpmn:userTask id="committee" name="Research committee decision" wo:role="CommitteeMember" wo:dueIn="P14D" />
            <bpmn:boundaryEvent id="deadline" name="Research committee deadline" attachedToRef="committee" cancelActivity="false">
              <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P14D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f5" sourceRef="deadline" targetRef="escalate" />
            <bpmn:serviceTask id="escalate" name="Escalate" />
            <bpmn:sequenceFlow id="f6" sourceRef="escalate" targetRef="escalated" />
            <bpmn:endEvent id="escalated" />
            <bpmn:sequenceFlow id="f7" sourceRef="committee" targetRef="end" />
            <bpmn:endEvent id="end" name="Done" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="p" bpmnElement="policy">
            <bpmndi:BPMNShape id="verify_di" bpmnElement="verify"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [Fact]
    public void Compare_DescribesCommitteeDeadline_InDays_WhenTimerShortened()
    {
        var proposed = Published.Replace(">P14D</bpmn:timeDuration>", ">P10D</bpmn:timeDuration>", StringComparison.Ordinal);

        var changes = ProcedureDiff.Compare(Published, proposed);

        changes.Changed.Should().Equal("deadline");
        changes.Added.Should().BeEmpty();
        changes.Removed.Should().BeEmpty();
        changes.Lines.Should().ContainSingle().Which.Should().Be(new ChangeLine(
            "deadline", ChangeKind.Changed, "Research committee deadline: 14 days → 10 days", "Research committee deadline: 14 يومًا ← 10 أيام"));
    }

    [Fact]
    public void Compare_DescribesTimeAllowed_WhenDueInChanges()
    {
        var proposed = Published.Replace("wo:dueIn=\"P14D\"", "wo:dueIn=\"P1DT4H\"", StringComparison.Ordinal);

        var changes = ProcedureDiff.Compare(Published, proposed);

        var element = changes.Elements.Should().ContainSingle().Subject;
        element.ElementId.Should().Be("committee");
        element.Properties.Should().Equal(new PropertyChange("wo:dueIn", "P14D", "P1DT4H"));
        changes.Lines.Single().English.Should().Be("Research committee decision — time allowed: 14 days → 1 day and 4 hours");
        changes.Lines.Single().Arabic.Should().Be("Research committee decision — المهلة: 14 يومًا ← يوم واحد و4 ساعات");
    }

    [Fact]
    public void Compare_ListsAddedStepAndItsFlows_WhenAStepIsInserted()
    {
        var proposed = Published.Replace(
            """<bpmn:sequenceFlow id="f6" sourceRef="escalate" targetRef="escalated" />""",
            """
            <bpmn:sequenceFlow id="f6" sourceRef="escalate" targetRef="followUp" />
            <bpmn:userTask id="followUp" name="Manager follow-up" wo:role="PolicyOwner" wo:dueIn="P2D" />
            <bpmn:sequenceFlow id="f6b" sourceRef="followUp" targetRef="escalated" />
            """,
            StringComparison.Ordinal);

        var changes = ProcedureDiff.Compare(Published, proposed);

        changes.Added.Should().Equal("followUp", "f6b");
        changes.Changed.Should().Equal("f6");
        changes.Lines.Select(l => l.English).Should().Equal(
            "Flow f6 now leads to Manager follow-up (was escalated)",
            "Step added: Manager follow-up (time allowed: 2 days)",
            "Flow added: Manager follow-up → escalated");
        changes.Lines[1].Arabic.Should().Be("خطوة مضافة: Manager follow-up (المهلة: يومان)");
    }

    [Fact]
    public void Compare_ListsRemovedStep_WithItsName()
    {
        var proposed = Published
            .Replace("""<bpmn:userTask id="missing" name="Ask for missing items" />""", "", StringComparison.Ordinal)
            .Replace("""<bpmn:sequenceFlow id="f4" sourceRef="missing" targetRef="verify" />""", "", StringComparison.Ordinal)
            .Replace("""targetRef="missing" """, """targetRef="verify" """, StringComparison.Ordinal);

        var changes = ProcedureDiff.Compare(Published, proposed);

        changes.Removed.Should().Equal("missing", "f4");
        changes.Lines.Should().Contain(l => l.English == "Step removed: Ask for missing items" && l.Arabic == "خطوة محذوفة: Ask for missing items");
        changes.Lines.Should().Contain(l => l.English == "Flow removed: Ask for missing items → Verify information");
    }

    [Fact]
    public void Compare_QuotesBothConditions_WhenAFlowConditionChanges()
    {
        var proposed = Published.Replace(">complete = true<", ">complete = true and documentsValid = true<", StringComparison.Ordinal);

        var changes = ProcedureDiff.Compare(Published, proposed);

        changes.Lines.Should().ContainSingle().Which.English.Should()
            .Be("Condition changed on flow f3a: complete = true → complete = true and documentsValid = true");
    }

    [Fact]
    public void Compare_ReportsRenameAndRoleChange_OnTheSameStep()
    {
        var proposed = Published.Replace(
            """name="Verify information" wo:role="RelationsOfficer" """,
            """name="التحقق من البيانات" wo:role="RelationsOfficer,SocialResearcher" """,
            StringComparison.Ordinal);

        var changes = ProcedureDiff.Compare(Published, proposed);

        changes.Changed.Should().Equal("verify");
        changes.Lines.Select(l => l.English).Should().Equal(
            "Renamed: Verify information → التحقق من البيانات",
            "التحقق من البيانات — roles: RelationsOfficer → RelationsOfficer,SocialResearcher");
    }

    [Fact]
    public void Compare_FindsNoChange_WhenOnlyTheLayoutMoved()
    {
        var proposed = Published.Replace("""x="100" y="100" """, """x="400" y="250" """, StringComparison.Ordinal);

        var changes = ProcedureDiff.Compare(Published, proposed);

        changes.IsEmpty.Should().BeTrue();
        changes.Lines.Should().BeEmpty();
    }

    [Fact]
    public void Compare_Throws_WhenAProcedureIsNotXml()
    {
        var compare = () => ProcedureDiff.Compare(Published, "<bpmn:definitions");

        compare.Should().Throw<ArgumentException>().WithMessage("*not well-formed XML*");
    }
}
