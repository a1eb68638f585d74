using System.Globalization;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Identifiers;

/// <summary>
/// A Saudi IBAN: <c>SA</c>, two check digits, a two-digit bank code and an 18-digit account number (24 characters),
/// verified with the ISO 13616 mod-97 check. Serves STEP-2 (data checked at submission) and STEP-7 (financial aid is
/// paid to this account).
/// </summary>
/// <remarks>
/// ISO 13616 allows letters in the Saudi account part; the association's bank transfers only use digits, so letters
/// there are refused. <see cref="ToString"/> returns <see cref="Masked"/> so that account numbers stay out of logs.
/// </remarks>
public sealed record SaudiIban
{
    private const string FieldName = "iban";
    private const int IbanLength = 24;

    private SaudiIban(string value)
    {
        Value = value;
    }

    /// <summary>The electronic form: 24 characters, no spaces, e.g. <c>SA4420000001234567891234</c>.</summary>
    public string Value { get; }

    /// <summary>The two-digit bank code (characters 5–6), e.g. <c>80</c>.</summary>
    public string BankCode => Value.Substring(4, 2);

    /// <summary>The 18-digit account number inside the IBAN.</summary>
    public string AccountNumber => Value[6..];

    /// <summary>The printed form in groups of four: <c>SA44 2000 0001 2345 6789 1234</c>.</summary>
    public string Formatted => string.Join(' ', Enumerable.Range(0, IbanLength / 4).Select(i => Value.Substring(i * 4, 4)));

    /// <summary>The form for screens and logs: country, check digits and last four, <c>SA44 **** **** **** **** 1234</c>.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 4), " **** **** **** **** ", Value.AsSpan(20, 4));

    /// <summary>Parses an IBAN as typed: spaces and dashes ignored, lower case accepted, Arabic-Indic digits normalised.</summary>
    /// <param name="input">The typed IBAN.</param>
    /// <returns>The IBAN, or a field-level error (field <c>iban</c>) in Arabic and English.</returns>
    public static ParseResult<SaudiIban> TryParse(string? input)
    {
        var cleaned = InputCleaner.Clean(input, removeDashes: true).ToUpperInvariant();
        if (cleaned.Length == 0)
        {
            return Fail("required", "رقم الآيبان مطلوب.", "The IBAN is required.");
        }

        if (!cleaned.StartsWith("SA", StringComparison.Ordinal))
        {
            return Fail("country", "يجب أن يبدأ رقم الآيبان السعودي بالحرفين SA.", "A Saudi IBAN starts with SA.");
        }

        if (cleaned.Length != IbanLength)
        {
            return Fail(
                "length",
                "يتكون رقم الآيبان السعودي من ٢٤ خانة: SA ثم ٢٢ رقماً.",
                "A Saudi IBAN has 24 characters: SA followed by 22 digits.");
        }

        if (!InputCleaner.AllAsciiDigits(cleaned[2..]))
        {
            return Fail("digitsOnly", "يجب أن تكون الخانات بعد SA أرقاماً فقط.", "In a Saudi IBAN, the 22 characters after SA must be digits.");
        }

        if (Mod97(cleaned[4..] + cleaned[..4]) != 1)
        {
            return Fail(
                "checksum",
                "رقم الآيبان غير صحيح، يرجى التأكد منه من كشف الحساب أو تطبيق البنك.",
                "This IBAN is not valid; please copy it again from your bank statement or banking app.");
        }

        return new ParseResult<SaudiIban>(new SaudiIban(cleaned), null);
    }

    /// <summary>Parses an IBAN known to be valid (stored values, seed data).</summary>
    /// <exception cref="FormatException">The IBAN is not valid.</exception>
    public static SaudiIban Parse(string input)
    {
        var result = TryParse(input);
        return result.IsValid ? result.Value : throw new FormatException(result.Error.Message.ToString());
    }

    /// <summary>Builds a valid IBAN from a bank code and an account number by computing the check digits (test and demo data).</summary>
    /// <param name="bankCode">Two digits.</param>
    /// <param name="accountNumber">Eighteen digits.</param>
    public static SaudiIban FromParts(string bankCode, string accountNumber)
    {
        ArgumentNullException.ThrowIfNull(bankCode);
        ArgumentNullException.ThrowIfNull(accountNumber);
        var bban = bankCode + accountNumber;
        if (bban.Length != 20 || !InputCleaner.AllAsciiDigits(bban))
        {
            throw new ArgumentException("A two-digit bank code and an 18-digit account number are required.", nameof(accountNumber));
        }

        var check = 98 - Mod97(bban + "SA00");
        return new SaudiIban("SA" + check.ToString("D2", CultureInfo.InvariantCulture) + bban);
    }

    /// <summary>Returns the masked form; see the remarks on the type for why.</summary>
    public override string ToString() => Masked;

    // ISO 7064 MOD 97-10, digit by digit so that no big integer is needed; letters count as 10 (A) to 35 (Z).
    private static int Mod97(string rearranged)
    {
        var remainder = 0;
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else
            {
                var value = c - 'A' + 10;
                remainder = ((remainder * 100) + value) % 97;
            }
        }

        return remainder;
    }

    private static ParseResult<SaudiIban> Fail(string code, string ar, string en) =>
        new(null, new FieldError(FieldName, code, new BilingualText(ar, en)));
}
