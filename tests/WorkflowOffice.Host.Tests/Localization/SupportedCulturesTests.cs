using System.Globalization;
using WorkflowOffice.Host.Localization;

namespace WorkflowOffice.Host.Tests.Localization;

public sealed class SupportedCulturesTests
{
    [Fact]
    public void ArabicCulture_FormatsDatesInGregorianCalendar_NotUmmAlQura()
    {
        var date = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);

        var text = date.ToString("yyyy-MM-dd", SupportedCultures.Arabic);

        SupportedCultures.Arabic.Name.Should().Be("ar-SA");
        SupportedCultures.Arabic.DateTimeFormat.Calendar.Should().BeOfType<GregorianCalendar>();
        text.Should().Be("2025-03-01", "Umm al-Qura would give 1446-09-01");
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("ar", "ar-SA")]
    [InlineData("AR-sa", "ar-SA")]
    public void Find_MatchesByNameOrLanguage(string requested, string expected) =>
        SupportedCultures.Find(requested)!.Name.Should().Be(expected);

    [Fact]
    public void Find_ReturnsNull_ForUnsupportedCulture() =>
        SupportedCultures.Find("fr").Should().BeNull();
}
