using System.Globalization;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Calendar;

/// <summary>
/// Formats dates the way the association writes them: the Gregorian date with the Umm al-Qura Hijri date beside it,
/// in Arabic (Arabic-Indic digits) or English. Culture-independent on purpose: the <c>ar-SA</c> culture's default
/// calendar differs between platforms, and a deadline must read the same on every server. Serves STEP-5 (the
/// committee's due date told to the beneficiary) and GOAL-3.
/// </summary>
public static class DateDisplay
{
    private static readonly string[] ArabicGregorianMonths =
    [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ];

    private static readonly string[] EnglishGregorianMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The Gregorian date: «١٤ نوفمبر ٢٠٢٣م» in Arabic, "14 November 2023" in English.</summary>
    public static string Gregorian(DateOnly date, string? language) => IsEnglish(language)
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {EnglishGregorianMonths[date.Month - 1]} {date.Year}")
        : $"{ArabicDigits.Format(date.Day)} {ArabicGregorianMonths[date.Month - 1]} {ArabicDigits.Format(date.Year)}م";

    /// <summary>The Umm al-Qura date, or an empty string outside the calendar's range (1900–2077).</summary>
    public static string Hijri(DateOnly date, string? language) => HijriDate.TryFromGregorian(date)?.Format(language) ?? string.Empty;

    /// <summary>Both dates: «١٤ نوفمبر ٢٠٢٣م (٣٠ ربيع الآخر ١٤٤٥ هـ)» / "14 November 2023 (30 Rabi al-Thani 1445 AH)".</summary>
    public static string Both(DateOnly date, string? language)
    {
        var hijri = Hijri(date, language);
        var gregorian = Gregorian(date, language);
        return hijri.Length == 0 ? gregorian : $"{gregorian} ({hijri})";
    }

    private static bool IsEnglish(string? language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
}
