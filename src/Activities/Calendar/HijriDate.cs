using System.Globalization;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Calendar;

/// <summary>
/// A date in the Umm al-Qura calendar, the official Hijri calendar of Saudi Arabia, shown beside the Gregorian date
/// on screens and in notifications (DESIGN: "dates in Gregorian with the Umm al-Qura Hijri date beside them"). Serves
/// GOAL-3 and GOAL-6.2: beneficiaries read deadlines (STEP-5's two weeks) in the calendar they use.
/// </summary>
/// <param name="Year">The Hijri year, e.g. 1445.</param>
/// <param name="Month">The Hijri month, 1 (Muharram) to 12 (Dhu al-Hijjah).</param>
/// <param name="Day">The day of the month, 1 to 30.</param>
public sealed record HijriDate(int Year, int Month, int Day)
{
    private static readonly UmAlQuraCalendar UmAlQura = new();

    private static readonly string[] ArabicMonths =
    [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ];

    private static readonly string[] EnglishMonths =
    [
        "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
        "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
    ];

    /// <summary>The first Gregorian date the Umm al-Qura tables cover (1900-04-30).</summary>
    public static DateOnly MinSupported { get; } = DateOnly.FromDateTime(UmAlQura.MinSupportedDateTime);

    /// <summary>The last Gregorian date the Umm al-Qura tables cover (2077-11-16).</summary>
    public static DateOnly MaxSupported { get; } = DateOnly.FromDateTime(UmAlQura.MaxSupportedDateTime);

    /// <summary>The Arabic month name, e.g. «جمادى الأولى».</summary>
    public string ArabicMonthName => ArabicMonths[Month - 1];

    /// <summary>The English month name, e.g. "Jumada al-Ula".</summary>
    public string EnglishMonthName => EnglishMonths[Month - 1];

    /// <summary>Converts a Gregorian date to its Umm al-Qura date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="MinSupported"/>–<see cref="MaxSupported"/>.</exception>
    public static HijriDate FromGregorian(DateOnly date)
    {
        if (date < MinSupported || date > MaxSupported)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The Umm al-Qura calendar covers 1900-04-30 to 2077-11-16.");
        }

        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return new HijriDate(UmAlQura.GetYear(dateTime), UmAlQura.GetMonth(dateTime), UmAlQura.GetDayOfMonth(dateTime));
    }

    /// <summary>Converts a Gregorian date, or returns <see langword="null"/> outside the calendar's range.</summary>
    public static HijriDate? TryFromGregorian(DateOnly date) =>
        date < MinSupported || date > MaxSupported ? null : FromGregorian(date);

    /// <summary>Converts back to the Gregorian date.</summary>
    public DateOnly ToGregorian() => DateOnly.FromDateTime(UmAlQura.ToDateTime(Year, Month, Day, 0, 0, 0, 0));

    /// <summary>The Arabic form with Arabic-Indic digits, e.g. «٢٣ جمادى الأولى ١٤٤٨ هـ».</summary>
    public string ToArabicString() => $"{ArabicDigits.Format(Day)} {ArabicMonthName} {ArabicDigits.Format(Year)} هـ";

    /// <summary>The English form, e.g. "23 Jumada al-Ula 1448 AH".</summary>
    public string ToEnglishString() => string.Create(CultureInfo.InvariantCulture, $"{Day} {EnglishMonthName} {Year} AH");

    /// <summary>The form for a language code: <c>en</c> gives English, anything else Arabic (the default language).</summary>
    public string Format(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? ToEnglishString() : ToArabicString();

    /// <summary>The English form; screens choose <see cref="Format"/> by the user's language.</summary>
    public override string ToString() => ToEnglishString();
}
