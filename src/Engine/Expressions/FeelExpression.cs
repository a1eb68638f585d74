namespace WorkflowOffice.Engine.Expressions;

/// <summary>
/// A parsed FEEL-subset expression, compiled once into a tree of evaluator delegates. Evaluation never throws on
/// data: a type mismatch, a missing variable or a division by zero yields <c>null</c> (a condition that is
/// <c>null</c> is not taken).
/// </summary>
public sealed class FeelExpression
{
    private readonly Func<FeelScope, object?> _evaluate;

    private FeelExpression(string source, Func<FeelScope, object?> evaluate)
    {
        Source = source;
        _evaluate = evaluate;
    }

    /// <summary>The expression as written.</summary>
    public string Source { get; }

    /// <summary>Parses an expression; throws <see cref="FeelSyntaxException"/> with a plain sentence when it is not valid.</summary>
    public static FeelExpression Parse(string source) => new(source, new FeelParser(source).ParseAll());

    /// <summary>Parses an expression; on failure returns false and a plain sentence.</summary>
    public static bool TryParse(string source, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FeelExpression? expression, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        try
        {
            expression = Parse(source);
            error = null;
            return true;
        }
        catch (FeelSyntaxException ex)
        {
            expression = null;
            error = ex.Message;
            return false;
        }
    }

    /// <summary>Evaluates against the scope. Dates are <see cref="DateOnly"/>, date-times <see cref="DateTimeOffset"/>, durations <see cref="TimeSpan"/>, numbers <see cref="decimal"/>.</summary>
    public object? Evaluate(FeelScope scope) => _evaluate(scope);

    /// <summary>True only when the expression evaluates to <c>true</c>.</summary>
    public bool IsTrue(FeelScope scope) => _evaluate(scope) is true;

    /// <summary>The source text.</summary>
    public override string ToString() => Source;
}
