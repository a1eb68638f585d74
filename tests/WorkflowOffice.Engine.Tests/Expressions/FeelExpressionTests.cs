using WorkflowOffice.Engine.Expressions;

namespace WorkflowOffice.Engine.Tests.Expressions;

public class FeelExpressionTests
{
    private static readonly FeelScope Scope = new(
        new Dictionary<string, object?>
        {
            ["amount"] = 150m,
            ["count"] = 3,
            ["name"] = "Sara",
            ["flag"] = true,
            ["nothing"] = null,
            ["applied"] = "2026-01-15",
            ["tags"] = new List<object?> { "a", "b" },
            ["beneficiary"] = new Dictionary<string, object?> { ["age"] = 34m, ["city"] = "Zulfi" },
        },
        TimeProvider.System);

    [Theory]
    [InlineData("amount > 100")]
    [InlineData("amount >= 150")]
    [InlineData("amount <= 150.0")]
    [InlineData("count = 3")]
    [InlineData("name = \"Sara\"")]
    [InlineData("name != \"Huda\"")]
    [InlineData("beneficiary.age < 60 and beneficiary.city = \"Zulfi\"")]
    [InlineData("not(amount < 100)")]
    [InlineData("flag or missing")]
    [InlineData("missing = null")]
    [InlineData("nothing = null")]
    [InlineData("beneficiary.city in [\"Batoor\", \"Zulfi\"]")]
    [InlineData("\"a\" in tags")]
    [InlineData("(amount + 50) * 2 = 400")]
    [InlineData("amount / 4 = 37.5")]
    [InlineData("-amount < 0")]
    [InlineData("amount / 0 = null")]
    [InlineData("applied < date(\"2026-02-01\")")]
    [InlineData("date(\"2026-01-01\") + duration(\"P14D\") = date(\"2026-01-15\")")]
    [InlineData("date and time(\"2026-01-01T10:00:00Z\") > date and time(\"2026-01-01T09:00:00Z\")")]
    [InlineData("duration(\"P1D\") > duration(\"PT23H\")")]
    [InlineData("name + \" A.\" = \"Sara A.\"")]
    [InlineData("true and (false or true)")]
    public void Condition_IsTrue(string expression)
    {
        FeelExpression.Parse(expression).IsTrue(Scope).Should().BeTrue();
    }

    [Theory]
    [InlineData("amount in [1, 2]")]
    [InlineData("flag and missing")]
    [InlineData("amount > \"x\"")]
    [InlineData("missing > 1")]
    [InlineData("not(name)")]
    [InlineData("beneficiary.address.street = \"x\"")]
    public void Condition_IsNotTrue(string expression)
    {
        FeelExpression.Parse(expression).IsTrue(Scope).Should().BeFalse();
    }

    [Fact]
    public void MismatchedOrdering_IsNull_NotAnError()
    {
        FeelExpression.Parse("amount > \"x\"").Evaluate(Scope).Should().BeNull();
        FeelExpression.Parse("flag and missing").Evaluate(Scope).Should().BeNull();
        FeelExpression.Parse("false and missing").Evaluate(Scope).Should().Be(false);
    }

    [Fact]
    public void Values_HaveTheirFeelTypes()
    {
        FeelExpression.Parse("amount * 2").Evaluate(Scope).Should().Be(300m);
        FeelExpression.Parse("date(\"2026-03-01\")").Evaluate(Scope).Should().Be(new DateOnly(2026, 3, 1));
        FeelExpression.Parse("duration(\"PT90M\")").Evaluate(Scope).Should().Be(TimeSpan.FromMinutes(90));
        FeelExpression.Parse("[1, \"x\", null]").Evaluate(Scope).Should().BeEquivalentTo(new object?[] { 1m, "x", null });
    }

    [Theory]
    [InlineData("amount >", "an operand is missing")]
    [InlineData("amount = = 1", "unexpected '='")]
    [InlineData("foo(1)", "unknown function 'foo'")]
    [InlineData("\"unclosed", "a string is not closed")]
    [InlineData("date(\"2026-13-01\")", "is not a valid date")]
    [InlineData("(amount > 1", "')' is missing at the end")]
    [InlineData("", "the expression is empty")]
    [InlineData("not(1, 2)", "not takes 1 argument(s), not 2")]
    [InlineData("amount > 1 2", "unexpected '2'")]
    public void SyntaxError_SaysWhatAndWhere(string expression, string expected)
    {
        FeelExpression.TryParse(expression, out _, out var error).Should().BeFalse();

        error.Should().Contain(expected);
    }
}
