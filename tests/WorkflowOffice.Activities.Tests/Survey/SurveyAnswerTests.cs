using WorkflowOffice.Activities.Survey;

namespace WorkflowOffice.Activities.Tests.Survey;

public class SurveyAnswerTests
{
    [Fact]
    public void Validate_AcceptsAnAnonymousAnswerWithoutNpsOrComment()
    {
        new SurveyAnswer(Csat: 4, Nps: null, Comment: null, IsAnonymous: true).Validate().Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, null, "csat")]
    [InlineData(6, null, "csat")]
    [InlineData(3, -1, "nps")]
    [InlineData(3, 11, "nps")]
    public void Validate_RejectsOutOfRangeRatings(int csat, int? nps, string field)
    {
        var errors = new SurveyAnswer(csat, nps, null, false).Validate();

        errors.Should().ContainSingle().Which.Field.Should().Be(field);
    }

    [Fact]
    public void Validate_RejectsACommentOver2000Characters_ButAcceptsExactly2000()
    {
        new SurveyAnswer(5, 10, new string('ب', 2000), false).IsValid.Should().BeTrue();

        var errors = new SurveyAnswer(5, 10, new string('ب', 2001), false).Validate();

        errors.Should().ContainSingle().Which.Message.En.Should().Contain("2000");
    }
}
