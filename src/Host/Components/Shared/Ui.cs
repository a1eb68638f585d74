using System.Globalization;
using WorkflowOffice.Activities.Calendar;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Host.Components.Shared;

/// <summary>
/// Wording and formatting shared by the staff and public pages. Page text is written in both languages side by
/// side (<see cref="T"/>), so that a reader of the page source sees the Arabic and the English together.
/// </summary>
public static class Ui
{
    /// <summary>True when the request's UI culture is Arabic (the default).</summary>
    public static bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    /// <summary><c>ar</c> or <c>en</c>.</summary>
    public static string Language => Arabic ? "ar" : "en";

    /// <summary>Picks the text of the current language.</summary>
    public static string T(string arabic, string english) => Arabic ? arabic : english;

    /// <summary>A whole number in the reader's digits (Arabic-Indic in Arabic).</summary>
    public static string Number(long value) => Arabic ? ArabicDigits.Format(value) : value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A decimal number with <paramref name="decimals"/> places in the reader's digits.</summary>
    public static string Number(double value, int decimals = 1)
    {
        var text = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        // Arabic-Indic digits go with the Arabic decimal (٫) and thousands (٬) separators.
        return Arabic ? ArabicDigits.ToArabicIndic(text.Replace(',', '٬').Replace('.', '٫')) : text;
    }

    /// <summary>A percentage (0–100) in the reader's digits.</summary>
    public static string Percent(double value) => Number(value, 0) + (Arabic ? "٪" : "%");

    /// <summary>The Gregorian date alone, in the reader's language.</summary>
    public static string Gregorian(DateOnly date) => DateDisplay.Gregorian(date, Language);

    /// <summary>The Umm al-Qura date alone, in the reader's language.</summary>
    public static string Hijri(DateOnly date) => DateDisplay.Hijri(date, Language);

    /// <summary>The local (Saudi, UTC+3) calendar day of an instant.</summary>
    public static DateOnly SaudiDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(SaudiOffset).DateTime);

    /// <summary>The time of day in Saudi time, as HH:mm in the reader's digits.</summary>
    public static string SaudiTime(DateTimeOffset at)
    {
        var text = at.ToOffset(SaudiOffset).ToString("HH:mm", CultureInfo.InvariantCulture);
        return Arabic ? ArabicDigits.ToArabicIndic(text) : text;
    }

    /// <summary>A mobile number in the local grouping (050 123 4567), or the input as given when it is not one.</summary>
    public static string Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "—";
        }

        var parsed = SaudiMobile.TryParse(value);
        return parsed.Value is { } mobile ? mobile.Local : value;
    }

    /// <summary>The same text with Arabic-Indic digits (for the second script beside Western digits).</summary>
    public static string ArabicIndic(string text) => ArabicDigits.ToArabicIndic(text);

    /// <summary>Saudi Arabia keeps UTC+3 all year.</summary>
    public static TimeSpan SaudiOffset { get; } = TimeSpan.FromHours(3);
}
