using System.Globalization;

namespace WorkflowOffice.Host.Localization;

/// <summary>The two UI cultures. Arabic is the default and is formatted with the Gregorian calendar.</summary>
public static class SupportedCultures
{
    /// <summary>
    /// Arabic (Saudi Arabia). .NET gives <c>ar-SA</c> the Umm al-Qura calendar by default; the product shows
    /// Gregorian dates (with the Hijri date beside them where useful), so the Gregorian calendar is set here.
    /// </summary>
    public static CultureInfo Arabic { get; } = CreateArabic();

    public static CultureInfo English { get; } = CultureInfo.ReadOnly(new CultureInfo("en"));

    public static CultureInfo Default => Arabic;

    public static IReadOnlyList<CultureInfo> All { get; } = [Arabic, English];

    /// <summary>Finds a supported culture by name (<c>ar</c>, <c>ar-SA</c>, <c>en</c>…), or null.</summary>
    public static CultureInfo? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(c => string.Equals(c.TwoLetterISOLanguageName, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the culture is written right to left.</summary>
    public static bool IsRightToLeft(CultureInfo culture) => culture.TextInfo.IsRightToLeft;

    private static CultureInfo CreateArabic()
    {
        var culture = new CultureInfo("ar-SA");
        culture.DateTimeFormat.Calendar = new GregorianCalendar(GregorianCalendarTypes.Localized);
        return CultureInfo.ReadOnly(culture);
    }
}
