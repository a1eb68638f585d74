using WorkflowOffice.Activities.Identifiers;

namespace WorkflowOffice.Activities.Tests.Identifiers;

public class SaudiMobileTests
{
    [Theory]
    [InlineData("0501234567")]
    [InlineData("501234567")]
    [InlineData("966501234567")]
    [InlineData("+966501234567")]
    [InlineData("00966501234567")]
    [InlineData("+966 50 123 4567")]
    [InlineData("050-123-4567")]
    [InlineData("(050) 123 4567")]
    [InlineData("٠٥٠١٢٣٤٥٦٧")]
    [InlineData("۰۵۰۱۲۳۴۵۶۷")]
    [InlineData("+٩٦٦٥٠١٢٣٤٥٦٧")]
    public void TryParse_AcceptsEveryCommonForm_AndStoresE164(string input)
    {
        var result = SaudiMobile.TryParse(input);

        result.IsValid.Should().BeTrue();
        result.Value!.E164.Should().Be("+966501234567");
    }

    [Fact]
    public void DisplayForms_AreLocalInternationalAndMasked()
    {
        var mobile = SaudiMobile.Parse("0551234567");

        mobile.Local.Should().Be("055 123 4567");
        mobile.International.Should().Be("+966 55 123 4567");
        mobile.Masked.Should().Be("055****567");
        mobile.ToString().Should().NotContain("1234567");
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("05012345ab", "digitsOnly")]
    [InlineData("0112345678", "format")]
    [InlineData("050123456", "format")]
    [InlineData("05012345678", "format")]
    [InlineData("+971501234567", "format")]
    [InlineData("9661234567", "format")]
    public void TryParse_RejectsNonSaudiMobiles_WithBilingualMessage(string input, string code)
    {
        var result = SaudiMobile.TryParse(input);

        result.IsValid.Should().BeFalse();
        result.Error!.Field.Should().Be("mobile");
        result.Error.Code.Should().Be(code);
        result.Error.Message.Ar.Should().Contain("جوال");
        result.Error.Message.En.Should().Contain("mobile");
    }

    [Fact]
    public void Numbers_InDifferentForms_AreEqual()
    {
        SaudiMobile.Parse("+966501234567").Should().Be(SaudiMobile.Parse("٠٥٠١٢٣٤٥٦٧"));
    }
}
