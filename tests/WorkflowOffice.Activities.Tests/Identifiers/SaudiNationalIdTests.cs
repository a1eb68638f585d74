using WorkflowOffice.Activities.Identifiers;

namespace WorkflowOffice.Activities.Tests.Identifiers;

public class SaudiNationalIdTests
{
    // Check digits computed independently (a separate Luhn implementation), not taken from real people.
    [Theory]
    [InlineData("1000000008", SaudiIdKind.NationalId)]
    [InlineData("1234567897", SaudiIdKind.NationalId)]
    [InlineData("1987654322", SaudiIdKind.NationalId)]
    [InlineData("2000000006", SaudiIdKind.Iqama)]
    [InlineData("2345678912", SaudiIdKind.Iqama)]
    public void TryParse_AcceptsValidNumbers_AndReadsKindFromFirstDigit(string input, SaudiIdKind kind)
    {
        var result = SaudiNationalId.TryParse(input);

        result.IsValid.Should().BeTrue();
        result.Value!.Value.Should().Be(input);
        result.Value.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("١٢٣٤٥٦٧٨٩٧")]
    [InlineData("۱۲۳۴۵۶۷۸۹۷")]
    [InlineData(" 123 456 7897 ")]
    [InlineData("1234-567-897")]
    public void TryParse_AcceptsArabicIndicDigitsSpacesAndDashes(string input)
    {
        var result = SaudiNationalId.TryParse(input);

        result.IsValid.Should().BeTrue();
        result.Value!.Value.Should().Be("1234567897");
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("   ", "required")]
    [InlineData("12345678a7", "digitsOnly")]
    [InlineData("123456789", "length")]
    [InlineData("12345678970", "length")]
    [InlineData("3234567897", "prefix")]
    [InlineData("1234567898", "checkDigit")]
    [InlineData("2000000007", "checkDigit")]
    public void TryParse_RejectsInvalidInput_WithFieldLevelBilingualMessage(string? input, string code)
    {
        var result = SaudiNationalId.TryParse(input);

        result.IsValid.Should().BeFalse();
        result.Error!.Field.Should().Be("nationalId");
        result.Error.Code.Should().Be(code);
        result.Error.Message.Ar.Should().MatchRegex("[\u0600-\u06FF]");
        result.Error.Message.En.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Masked_ShowsFirstDigitAndLastThree_AndToStringNeverShowsTheFullNumber()
    {
        var id = SaudiNationalId.Parse("1234567897");

        id.Masked.Should().Be("1******897");
        id.ToString().Should().Be("1******897");
        $"{id}".Should().NotContain("1234567897");
    }

    [Fact]
    public void ComputeCheckDigit_ProducesANumberThatParses()
    {
        var check = SaudiNationalId.ComputeCheckDigit("155555555");

        SaudiNationalId.TryParse("155555555" + check).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Parse_Throws_WhenInvalid()
    {
        var act = () => SaudiNationalId.Parse("1234567890");

        act.Should().Throw<FormatException>().WithMessage("*check*");
    }
}
