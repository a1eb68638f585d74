using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkflowOffice.Activities.Bpmn;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;

namespace WorkflowOffice.Activities.Tests.Policy;

public partial class ReferenceProcedureTests
{
    private static readonly XNamespace BpmnNs = BpmnParser.BpmnNamespace;
    private static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";

    private static ActivityRegistry Registry() =>
        new ActivityRegistry().AddPolicyActivities(new InMemoryCaseFacts(), new InMemoryFileNumberAllocator(), new InMemorySurveyIssuer());

    private static XDocument Document() => XDocument.Parse(ReferenceProcedure.LoadXml());

    [GeneratedRegex(@"\b(STEP-[1-7]|GOAL-[1-6](\.\d)?|CH-[1-8]|TOOL-[1-4]|META-[1-4])\b")]
    private static partial Regex ClauseId();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex Arabic();

    [Fact]
    public void ReferenceProcedure_PassesTheEngineValidator_WithZeroProblems()
    {
        var result = BpmnParser.Parse(ReferenceProcedure.LoadXml(), Registry());

        result.Problems.Should().BeEmpty();
        result.Definition!.ProcessId.Should().Be(ReferenceProcedure.Key);
    }

    [Fact]
    public void ReferenceProcedure_FailsValidation_WithoutThePolicyActivities()
    {
        var problems = BpmnParser.Parse(ReferenceProcedure.LoadXml(), new ActivityRegistry()).Problems;

        problems.Select(p => p.ElementId).Should().Contain(["recordInquiry", "verifyRequirements", "tallyVotes", "completeRegistration", "openSurvey", "notifyItemsMissing"]);
    }

    [Fact]
    public void EveryElement_IsNamedInArabic_AndDocumentedWithAClauseId()
    {
        var process = Document().Root!.Element(BpmnNs + "process")!;
        var elements = process.Descendants()
            .Where(e => e.Name.Namespace == BpmnNs && e.Attribute("id") is not null && e.Name.LocalName != "sequenceFlow" && !e.Name.LocalName.EndsWith("Definition", StringComparison.Ordinal))
            .ToList();

        elements.Should().HaveCountGreaterThan(40);
        foreach (var element in elements)
        {
            var id = (string)element.Attribute("id")!;
            ((string?)element.Attribute("name")).Should().MatchRegex(Arabic().ToString(), $"{id} is named in Arabic");
            element.Element(BpmnNs + "documentation")?.Value.Should().MatchRegex(ClauseId().ToString(), $"{id} cites its clause");
            element.Element(BpmnNs + "documentation").Should().NotBeNull($"{id} is documented");
        }
    }

    [Fact]
    public void Diagram_HasAShapeForEveryElement_AndAnEdgeForEveryFlow()
    {
        var document = Document();
        var process = document.Root!.Element(BpmnNs + "process")!;
        var drawn = document.Descendants().Where(e => e.Name.Namespace == Di).Select(e => (string?)e.Attribute("bpmnElement")).ToHashSet();
        var ids = process.Descendants()
            .Where(e => e.Name.Namespace == BpmnNs && e.Attribute("id") is not null && !e.Name.LocalName.EndsWith("Definition", StringComparison.Ordinal))
            .Select(e => (string)e.Attribute("id")!)
            .ToList();

        ids.Should().OnlyContain(id => drawn.Contains(id));
    }

    [Fact]
    public void DeadlineTimers_MatchTheDueInAndRemindBefore_OfTheElementsTheyGuard()
    {
        var definition = BpmnParser.Parse(ReferenceProcedure.LoadXml(), Registry()).Definition!;

        foreach (var (guarded, reminder, deadline) in new[] { ("awaitItems", "itemsReminder", "itemsDeadline"), ("committeeReview", "committeeReminder", "committeeDeadline") })
        {
            var node = definition[guarded];
            var dueIn = node.DueIn!.Value.ToTimeSpan();
            IsoDuration.TryParse(node.Attributes["remindBefore"], out var remindBefore).Should().BeTrue();
            definition[deadline].Timer!.Interval.ToTimeSpan().Should().Be(dueIn, $"{deadline} fires at {guarded}'s wo:dueIn");
            definition[reminder].Timer!.Interval.ToTimeSpan().Should().Be(dueIn - remindBefore.ToTimeSpan(), $"{reminder} fires wo:remindBefore ahead");
            definition[reminder].CancelActivity.Should().BeFalse();
        }

        definition["committeeDeadline"].CancelActivity.Should().BeFalse("the committee can still decide after the escalation");
        definition["itemsDeadline"].CancelActivity.Should().BeTrue();
        definition["surveyClosed"].Timer!.Interval.Should().Be(definition["openSurvey"].DueIn!.Value);
        definition["notifySentToCommittee"].Attributes["dueIn"].Should().Be(definition["committeeReview"].Attributes["dueIn"]);
        definition["notifyItemsMissing"].Attributes["dueIn"].Should().Be(definition["awaitItems"].Attributes["dueIn"]);
    }

    [Fact]
    public void UserTasks_AreOfferedToThePolicyRoles()
    {
        var definition = BpmnParser.Parse(ReferenceProcedure.LoadXml(), Registry()).Definition!;

        var roles = definition.Nodes.Where(n => n.Kind == NodeKind.UserTask).ToDictionary(n => n.Id, n => string.Join(",", n.CandidateRoles));

        roles.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["answerInquiry"] = PolicyRoles.RelationsOfficer,
            ["researchConsultation"] = PolicyRoles.SocialResearcher,
            ["attestation"] = PolicyRoles.RelationsOfficer,
            ["committeeVote"] = PolicyRoles.CommitteeMember,
            ["directorFollowUp"] = PolicyRoles.Director,
            ["deliverService"] = PolicyRoles.RelationsOfficer,
        });
    }

    [Fact]
    public void Messages_AreCorrelatedOnTheCaseId()
    {
        var definition = BpmnParser.Parse(ReferenceProcedure.LoadXml(), Registry()).Definition!;

        definition["awaitItems"].MessageName.Should().Be(PolicyMessages.ItemsSubmitted);
        definition["awaitSurvey"].MessageName.Should().Be(PolicyMessages.SurveyAnswered);
        definition["awaitItems"].Attributes["correlationKey"].Should().Be(PolicyVariables.CaseId);
        definition["awaitSurvey"].Attributes["correlationKey"].Should().Be(PolicyVariables.CaseId);
    }
}
