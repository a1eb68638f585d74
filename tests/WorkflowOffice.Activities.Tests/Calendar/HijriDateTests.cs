using WorkflowOffice.Activities.Calendar;

namespace WorkflowOffice.Activities.Tests.Calendar;

public class HijriDateTests
{
    // Published Umm al-Qura month starts: 1 Muharram 1445 = 19 July 2023; 1 Ramadan 1445 = 11 March 2024;
    // 1 Muharram 1447 = 26 June 2025. The policy's approval date (META-4, 14 November 2023) is the last day of
    // Rabi al-Thani 1445, as UmAlQuraCalendar computes it.
    [Theory]
    [InlineData(2023, 7, 19, 1445, 1, 1)]
    [InlineData(2024, 3, 11, 1445, 9, 1)]
    [InlineData(2025, 6, 26, 1447, 1, 1)]
    [InlineData(2023, 11, 14, 1445, 4, 30)]
    [InlineData(2023, 11, 15, 1445, 5, 1)]
    public void FromGregorian_GivesTheUmmAlQuraDate(int year, int month, int day, int hYear, int hMonth, int hDay)
    {
        var hijri = HijriDate.FromGregorian(new DateOnly(year, month, day));

        hijri.Should().Be(new HijriDate(hYear, hMonth, hDay));
        hijri.ToGregorian().Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void Formats_InArabicAndEnglish()
    {
        var hijri = HijriDate.FromGregorian(new DateOnly(2026, 11, 3));

        hijri.ToArabicString().Should().Be("٢٣ جمادى الأولى ١٤٤٨ هـ");
        hijri.ToEnglishString().Should().Be("23 Jumada al-Ula 1448 AH");
        hijri.Format("en").Should().Be("23 Jumada al-Ula 1448 AH");
        hijri.Format("ar").Should().Be("٢٣ جمادى الأولى ١٤٤٨ هـ");
    }

    [Fact]
    public void DateDisplay_Both_PutsHijriBesideGregorian()
    {
        var date = new DateOnly(2023, 11, 14);

        DateDisplay.Both(date, "en").Should().Be("14 November 2023 (30 Rabi al-Thani 1445 AH)");
        DateDisplay.Both(date, "ar").Should().Be("١٤ نوفمبر ٢٠٢٣م (٣٠ ربيع الآخر ١٤٤٥ هـ)");
    }

    [Fact]
    public void OutsideTheCalendarRange_FromGregorianThrows_AndDisplayShowsGregorianOnly()
    {
        var date = new DateOnly(2090, 1, 1);

        var act = () => HijriDate.FromGregorian(date);

        act.Should().Throw<ArgumentOutOfRangeException>();
        DateDisplay.Both(date, "en").Should().Be("1 January 2090");
    }
}
