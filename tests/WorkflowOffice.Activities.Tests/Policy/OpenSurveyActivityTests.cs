using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Runtime.Effects;

namespace WorkflowOffice.Activities.Tests.Policy;

public class OpenSurveyActivityTests
{
    private readonly InMemorySurveyIssuer _surveys = new();

    [Fact]
    public async Task Execute_IssuesTheSurvey_AndRequestsTheInvitationWithItsLink()
    {
        var context = Contexts.For(Contexts.Case("c1"), new() { ["dueIn"] = "P7D" });

        var result = await new OpenSurveyActivity(_surveys).ExecuteAsync(context);

        var survey = _surveys.Issued["c1"];
        survey.ClosesAt.Should().Be(Contexts.Now.AddDays(7));
        result.Outputs!["surveyClosesAt"].Should().Be("2026-03-17T09:00:00.0000000+00:00");
        result.Outputs.Should().NotContainKey("surveyLink", "the link carries the token and stays out of the variables");
        var invitation = context.Effects.Should().ContainSingle().Which.Should().BeOfType<NotificationRequested>().Subject;
        invitation.EventName.Should().Be("survey-invitation");
        invitation.Recipient.Should().Be("case:c1");
        invitation.Data["surveyLink"].Should().Be(survey.Link.ToString());
        invitation.Data["closesOn"].Should().Be("2026-03-17T09:00:00.0000000+00:00");
    }

    [Fact]
    public async Task Execute_KeepsTheSurveyOpenTwoWeeks_ByDefault()
    {
        await new OpenSurveyActivity(_surveys).ExecuteAsync(Contexts.For(Contexts.Case("c2")));

        _surveys.Issued["c2"].ClosesAt.Should().Be(Contexts.Now.AddDays(14));
    }
}
