using WorkflowOffice.Engine.Expressions;

namespace WorkflowOffice.Engine.Tests.Expressions;

/// <summary>Expressions built to exhaust the parser's stack are refused with a sentence, never by a stack overflow.</summary>
public class HostileFeelTests
{
    [Theory]
    [InlineData('(', ')', 999)]
    [InlineData('[', ']', 999)]
    [InlineData('(', ')', 40)]
    public void DeepNesting_IsASyntaxError(char open, char close, int depth)
    {
        var source = new string(open, depth) + "1" + new string(close, depth);

        FeelExpression.TryParse(source, out _, out var error).Should().BeFalse();

        error.Should().Match(e => e.Contains("nested more than", StringComparison.Ordinal) || e.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void LongChainsAndRunsOfMinusSigns_AreRefusedOrEvaluatedWithoutRecursion()
    {
        FeelExpression.TryParse(string.Concat(Enumerable.Repeat("1 + ", 100_000)) + "1", out _, out var chain).Should().BeFalse();
        chain.Should().Contain("longer than");
        FeelExpression.TryParse(new string('-', 100_000) + "1", out _, out var minus).Should().BeFalse();
        minus.Should().Contain("longer than");

        FeelExpression.Parse(new string('-', 1_001) + "2").Evaluate(new FeelScope(new Dictionary<string, object?>(), TimeProvider.System)).Should().Be(-2m);
    }

    [Fact]
    public void ReasonableNesting_StillParses()
    {
        FeelExpression.Parse(new string('(', 20) + "1 + 2" + new string(')', 20)).Evaluate(new FeelScope(new Dictionary<string, object?>(), TimeProvider.System)).Should().Be(3m);
    }
}
