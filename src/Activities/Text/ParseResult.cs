using System.Diagnostics.CodeAnalysis;

namespace WorkflowOffice.Activities.Text;

/// <summary>
/// The outcome of parsing user input into a value object: either the value or one field-level error, never both.
/// Serves STEP-2 (identifiers are checked at submission with a message the beneficiary can act on).
/// </summary>
/// <typeparam name="T">The value object type.</typeparam>
public sealed class ParseResult<T>
    where T : class
{
    internal ParseResult(T? value, FieldError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The parsed value, when <see cref="IsValid"/>.</summary>
    public T? Value { get; }

    /// <summary>The field-level error, when not <see cref="IsValid"/>.</summary>
    public FieldError? Error { get; }

    /// <summary>Whether the input was valid.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Value is not null;
}
