using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Tests.Text;

public class ArabicDigitsTests
{
    [Theory]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("رقم ١٢ و ۳٤", "رقم 12 و 34")]
    [InlineData("abc 123", "abc 123")]
    [InlineData(null, "")]
    public void Normalize_ConvertsBothArabicDigitSetsToAscii(string? input, string expected)
    {
        ArabicDigits.Normalize(input).Should().Be(expected);
    }

    [Fact]
    public void ToArabicIndic_ConvertsAsciiDigitsOnly()
    {
        ArabicDigits.ToArabicIndic("BTR-2026-000123").Should().Be("BTR-٢٠٢٦-٠٠٠١٢٣");
    }

    [Fact]
    public void Format_UsesArabicSeparators()
    {
        ArabicDigits.Format(1234.5m, "N1").Should().Be("١٬٢٣٤٫٥");
        ArabicDigits.Format(14).Should().Be("١٤");
    }
}
