using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Identifiers;

/// <summary>
/// A Saudi national ID or Iqama number: 10 digits, the first 1 (citizen) or 2 (resident), the last a check digit
/// (the Luhn algorithm over all ten digits, as used for Saudi identity numbers). Serves STEP-2 (the employee matches the
/// data and checks its validity at submission) and the one-beneficiary-per-ID rule of the beneficiary registry.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> returns the <see cref="Masked"/> form on purpose: a national ID is personal data and must
/// never reach a log by accident. Use <see cref="Value"/> where the full number is needed (storage, matching).
/// </remarks>
public sealed record SaudiNationalId
{
    private const string FieldName = "nationalId";

    private SaudiNationalId(string value)
    {
        Value = value;
    }

    /// <summary>The ten ASCII digits.</summary>
    public string Value { get; }

    /// <summary>Whether this is a citizen's national ID or a resident's Iqama.</summary>
    public SaudiIdKind Kind => Value[0] == '1' ? SaudiIdKind.NationalId : SaudiIdKind.Iqama;

    /// <summary>The form for screens and logs: first digit and last three, e.g. <c>1******789</c>.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 1), new string('*', 6), Value.AsSpan(7, 3));

    /// <summary>
    /// Parses what a person typed: spaces, dashes and bidi marks are ignored; Arabic-Indic (٠-٩) and Eastern
    /// Arabic-Indic (۰-۹) digits are accepted.
    /// </summary>
    /// <param name="input">The typed number.</param>
    /// <returns>The identity number, or a field-level error (field <c>nationalId</c>) in Arabic and English.</returns>
    public static ParseResult<SaudiNationalId> TryParse(string? input)
    {
        var digits = InputCleaner.Clean(input, removeDashes: true);
        if (digits.Length == 0)
        {
            return Fail("required", "رقم الهوية الوطنية أو الإقامة مطلوب.", "The national ID or Iqama number is required.");
        }

        if (!InputCleaner.AllAsciiDigits(digits))
        {
            return Fail("digitsOnly", "يجب أن يتكون رقم الهوية من أرقام فقط.", "The national ID or Iqama number must contain digits only.");
        }

        if (digits.Length != 10)
        {
            return Fail("length", "يجب أن يتكون رقم الهوية من ١٠ أرقام.", "The national ID or Iqama number must have 10 digits.");
        }

        if (digits[0] is not ('1' or '2'))
        {
            return Fail(
                "prefix",
                "يبدأ رقم الهوية الوطنية بالرقم ١ ورقم الإقامة بالرقم ٢.",
                "A national ID starts with 1 and an Iqama number starts with 2.");
        }

        if (!HasValidCheckDigit(digits))
        {
            return Fail(
                "checkDigit",
                "رقم الهوية غير صحيح، يرجى التأكد من الأرقام.",
                "This is not a valid national ID or Iqama number; please check the digits.");
        }

        return new ParseResult<SaudiNationalId>(new SaudiNationalId(digits), null);
    }

    /// <summary>Parses a number known to be valid (seed data, stored values).</summary>
    /// <exception cref="FormatException">The number is not valid; the message gives the reason in both languages.</exception>
    public static SaudiNationalId Parse(string input)
    {
        var result = TryParse(input);
        return result.IsValid ? result.Value : throw new FormatException(result.Error.Message.ToString());
    }

    /// <summary>
    /// Computes the check digit for the first nine digits of an identity number (test data, demo seeds).
    /// </summary>
    /// <param name="firstNineDigits">Nine ASCII digits.</param>
    public static char ComputeCheckDigit(string firstNineDigits)
    {
        ArgumentNullException.ThrowIfNull(firstNineDigits);
        if (firstNineDigits.Length != 9 || !InputCleaner.AllAsciiDigits(firstNineDigits))
        {
            throw new ArgumentException("Nine ASCII digits are required.", nameof(firstNineDigits));
        }

        var sum = LuhnSum(firstNineDigits + "0");
        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>Returns the masked form; see the remarks on the type for why.</summary>
    public override string ToString() => Masked;

    private static bool HasValidCheckDigit(string digits) => LuhnSum(digits) % 10 == 0;

    // Positions 0, 2, 4, 6, 8 (from the left) are doubled and their digits summed; the others are added as they are.
    private static int LuhnSum(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < tenDigits.Length; i++)
        {
            var digit = tenDigits[i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum;
    }

    private static ParseResult<SaudiNationalId> Fail(string code, string ar, string en) =>
        new(null, new FieldError(FieldName, code, new BilingualText(ar, en)));
}
