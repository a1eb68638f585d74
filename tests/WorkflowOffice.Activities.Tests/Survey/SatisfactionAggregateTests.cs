using WorkflowOffice.Activities.Survey;

namespace WorkflowOffice.Activities.Tests.Survey;

public class SatisfactionAggregateTests
{
    private static SurveyAnswer Answer(int csat, int? nps) => new(csat, nps, null, IsAnonymous: false);

    [Fact]
    public void Compute_RefusesFigures_ForFewerThanFiveAnswers()
    {
        var summary = SatisfactionAggregate.Compute([Answer(1, 0), Answer(2, 3), Answer(5, 10), Answer(4, 9)]);

        summary.NotEnoughAnswers.Should().BeTrue();
        summary.Figures.Should().BeNull();
        summary.AnswerCount.Should().Be(4);
        SatisfactionSummary.NotEnoughAnswersMessage.En.Should().Contain("fewer than 5");
    }

    [Fact]
    public void Compute_CannotBeAskedForASmallerGroupThanFive()
    {
        SatisfactionAggregate.Compute([Answer(5, 10), Answer(5, 10)], minimumGroupSize: 1).NotEnoughAnswers.Should().BeTrue();
    }

    [Fact]
    public void Compute_GivesCsatAverageDistributionAndNps()
    {
        // NPS: promoters 9,10,10 (3), passives 7,8 (2), detractors 0,6 (2) of 7 → (3 − 2) / 7 = 14.3
        var answers = new[]
        {
            Answer(5, 10), Answer(5, 10), Answer(4, 9), Answer(4, 8), Answer(3, 7), Answer(2, 6), Answer(1, 0),
        };

        var figures = SatisfactionAggregate.Compute(answers).Figures!;

        figures.AnswerCount.Should().Be(7);
        figures.CsatAverage.Should().Be(3.43m);
        figures.CsatDistribution.Should().Equal(1, 1, 1, 2, 2);
        figures.NpsAnswerCount.Should().Be(7);
        figures.Nps.Should().Be(14.3m);
    }

    [Fact]
    public void Compute_LeavesNpsOut_WhenFewerThanFiveAnsweredTheNpsQuestion()
    {
        var answers = new[] { Answer(5, 10), Answer(4, null), Answer(4, null), Answer(3, 2), Answer(5, null), Answer(5, 9) };

        var figures = SatisfactionAggregate.Compute(answers).Figures!;

        figures.CsatAverage.Should().Be(4.33m);
        figures.NpsAnswerCount.Should().Be(3);
        figures.Nps.Should().BeNull();
    }

    [Fact]
    public void Compute_NpsIsMinus100_WhenEveryoneIsADetractor()
    {
        var answers = Enumerable.Range(0, 5).Select(i => Answer(1, i)).ToList();

        SatisfactionAggregate.Compute(answers).Figures!.Nps.Should().Be(-100m);
    }
}
