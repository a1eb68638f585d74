using WorkflowOffice.Activities.Identifiers;

namespace WorkflowOffice.Activities.Tests.Identifiers;

public class SaudiIbanTests
{
    // SA0380000000608010167519 is the published example Saudi IBAN; the others were computed independently.
    [Theory]
    [InlineData("SA0380000000608010167519", "80")]
    [InlineData("SA4420000001234567891234", "20")]
    [InlineData("SA3610000000000000000000", "10")]
    public void TryParse_AcceptsValidIbans_AndExtractsBankCode(string input, string bankCode)
    {
        var result = SaudiIban.TryParse(input);

        result.IsValid.Should().BeTrue();
        result.Value!.BankCode.Should().Be(bankCode);
    }

    [Theory]
    [InlineData("sa03 8000 0000 6080 1016 7519")]
    [InlineData("SA03-8000-0000-6080-1016-7519")]
    [InlineData("SA٠٣٨٠٠٠٠٠٠٠٦٠٨٠١٠١٦٧٥١٩")]
    public void TryParse_NormalisesSpacesCaseAndArabicDigits(string input)
    {
        SaudiIban.TryParse(input).Value!.Value.Should().Be("SA0380000000608010167519");
    }

    [Fact]
    public void Formatted_GroupsByFour_AndMaskedHidesTheAccount()
    {
        var iban = SaudiIban.Parse("SA0380000000608010167519");

        iban.Formatted.Should().Be("SA03 8000 0000 6080 1016 7519");
        iban.Masked.Should().Be("SA03 **** **** **** **** 7519");
        iban.AccountNumber.Should().Be("000000608010167519");
        iban.ToString().Should().NotContain("608010");
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("AE070331234567890123456", "country")]
    [InlineData("SA03800000006080101675", "length")]
    [InlineData("SA038000000060801016751A", "digitsOnly")]
    [InlineData("SA0480000000608010167519", "checksum")]
    [InlineData("SA0380000000608010167591", "checksum")]
    public void TryParse_RejectsInvalidIbans_WithBilingualMessage(string input, string code)
    {
        var result = SaudiIban.TryParse(input);

        result.IsValid.Should().BeFalse();
        result.Error!.Field.Should().Be("iban");
        result.Error.Code.Should().Be(code);
        result.Error.Message.Ar.Should().NotBeNullOrWhiteSpace();
        result.Error.Message.En.Should().Contain("IBAN");
    }

    [Fact]
    public void FromParts_ComputesCheckDigits()
    {
        SaudiIban.FromParts("80", "000000608010167519").Value.Should().Be("SA0380000000608010167519");
    }
}
