using System.Globalization;
using System.Text;

namespace WorkflowOffice.Activities.Text;

/// <summary>
/// Converts between ASCII digits and the digits Arabic speakers type and read: Arabic-Indic (٠-٩, U+0660–U+0669)
/// and Eastern Arabic-Indic (۰-۹, U+06F0–U+06F9). Serves GOAL-1 and GOAL-4 (a beneficiary types numbers on their own
/// keyboard and reads them in their own script) and CH-7 (the website accepts either).
/// </summary>
public static class ArabicDigits
{
    private const char ArabicIndicZero = '\u0660';
    private const char EasternArabicIndicZero = '\u06F0';

    /// <summary>Returns <paramref name="text"/> with every Arabic-Indic and Eastern Arabic-Indic digit replaced by its ASCII digit.</summary>
    /// <param name="text">Any text; <see langword="null"/> gives an empty string.</param>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Fast path: most input is already ASCII.
        if (!text.Any(IsArabicDigit))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(ToAscii(c));
        }

        return builder.ToString();
    }

    /// <summary>Returns <paramref name="text"/> with every ASCII digit replaced by its Arabic-Indic digit (٠-٩), for display in Arabic.</summary>
    /// <param name="text">Any text; <see langword="null"/> gives an empty string.</param>
    public static string ToArabicIndic(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)(ArabicIndicZero + (c - '0')) : c);
        }

        return builder.ToString();
    }

    /// <summary>Formats an integer with Arabic-Indic digits and no grouping (file numbers, codes, days).</summary>
    public static string Format(long value) => ToArabicIndic(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Formats a number with Arabic-Indic digits, the Arabic decimal separator (٫) and the Arabic thousands
    /// separator (٬), e.g. <c>1234.5</c> with format <c>N1</c> → «١٬٢٣٤٫٥».
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="format">A standard .NET numeric format, applied with the invariant culture before conversion.</param>
    public static string Format(decimal value, string format = "N2")
    {
        var invariant = value.ToString(format, CultureInfo.InvariantCulture);
        var builder = new StringBuilder(invariant.Length);
        foreach (var c in invariant)
        {
            builder.Append(c switch
            {
                '.' => '\u066B',
                ',' => '\u066C',
                >= '0' and <= '9' => (char)(ArabicIndicZero + (c - '0')),
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is an Arabic-Indic or Eastern Arabic-Indic digit.</summary>
    public static bool IsArabicDigit(char c) =>
        c is >= ArabicIndicZero and <= '\u0669' or >= EasternArabicIndicZero and <= '\u06F9';

    /// <summary>Whether <paramref name="c"/> is a digit in ASCII, Arabic-Indic or Eastern Arabic-Indic.</summary>
    public static bool IsAnyDigit(char c) => c is >= '0' and <= '9' || IsArabicDigit(c);

    private static char ToAscii(char c) => c switch
    {
        >= ArabicIndicZero and <= '\u0669' => (char)('0' + (c - ArabicIndicZero)),
        >= EasternArabicIndicZero and <= '\u06F9' => (char)('0' + (c - EasternArabicIndicZero)),
        _ => c,
    };
}
