using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Identifiers;

/// <summary>
/// A Saudi mobile number, stored in E.164 (<c>+9665XXXXXXXX</c>). Accepted as typed in practice: <c>05XXXXXXXX</c>,
/// <c>5XXXXXXXX</c>, <c>9665XXXXXXXX</c>, <c>+9665XXXXXXXX</c>, <c>009665XXXXXXXX</c>, with spaces, dashes, brackets
/// and Arabic-Indic digits. Serves STEP-2 (data checked at submission), GOAL-4 (reaching the beneficiary where they
/// are, by SMS) and STEP-4 (the one-time attestation code is sent to this number).
/// </summary>
/// <remarks><see cref="ToString"/> returns <see cref="Masked"/>: a phone number is personal data and stays out of logs.</remarks>
public sealed record SaudiMobile
{
    private const string FieldName = "mobile";

    // The nine national significant digits, starting with 5.
    private readonly string _subscriber;

    private SaudiMobile(string subscriber)
    {
        _subscriber = subscriber;
    }

    /// <summary>The stored form, E.164: <c>+9665XXXXXXXX</c>.</summary>
    public string E164 => "+966" + _subscriber;

    /// <summary>The local display form, <c>050 123 4567</c>.</summary>
    public string Local => $"0{_subscriber[..2]} {_subscriber[2..5]} {_subscriber[5..]}";

    /// <summary>The international display form, <c>+966 50 123 4567</c>.</summary>
    public string International => $"+966 {_subscriber[..2]} {_subscriber[2..5]} {_subscriber[5..]}";

    /// <summary>The form for screens and logs: <c>050****567</c>.</summary>
    public string Masked => string.Concat("0", _subscriber.AsSpan(0, 2), "****", _subscriber.AsSpan(6, 3));

    /// <summary>Parses a mobile number as a person types it.</summary>
    /// <param name="input">The typed number.</param>
    /// <returns>The number, or a field-level error (field <c>mobile</c>) in Arabic and English.</returns>
    public static ParseResult<SaudiMobile> TryParse(string? input)
    {
        var cleaned = InputCleaner.Clean(input, removeDashes: true).Replace("(", string.Empty, StringComparison.Ordinal)
            .Replace(")", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length == 0)
        {
            return Fail("required", "رقم الجوال مطلوب.", "The mobile number is required.");
        }

        var digits = cleaned.StartsWith('+') ? "00" + cleaned[1..] : cleaned;
        if (!InputCleaner.AllAsciiDigits(digits))
        {
            return Fail("digitsOnly", "يجب أن يتكون رقم الجوال من أرقام فقط.", "The mobile number must contain digits only.");
        }

        string? subscriber = digits switch
        {
            { Length: 10 } when digits.StartsWith("05", StringComparison.Ordinal) => digits[1..],
            { Length: 9 } when digits[0] == '5' => digits,
            { Length: 12 } when digits.StartsWith("9665", StringComparison.Ordinal) => digits[3..],
            { Length: 14 } when digits.StartsWith("009665", StringComparison.Ordinal) => digits[5..],
            _ => null,
        };

        if (subscriber is null)
        {
            return Fail(
                "format",
                "يرجى إدخال رقم جوال سعودي يبدأ بـ 05 ويتكون من ١٠ أرقام، مثل 0501234567.",
                "Please enter a Saudi mobile number of 10 digits starting with 05, e.g. 0501234567.");
        }

        return new ParseResult<SaudiMobile>(new SaudiMobile(subscriber), null);
    }

    /// <summary>Parses a number known to be valid (stored E.164 values, seed data).</summary>
    /// <exception cref="FormatException">The number is not a valid Saudi mobile number.</exception>
    public static SaudiMobile Parse(string input)
    {
        var result = TryParse(input);
        return result.IsValid ? result.Value : throw new FormatException(result.Error.Message.ToString());
    }

    /// <summary>Returns the masked form; see the remarks on the type for why.</summary>
    public override string ToString() => Masked;

    private static ParseResult<SaudiMobile> Fail(string code, string ar, string en) =>
        new(null, new FieldError(FieldName, code, new BilingualText(ar, en)));
}
