using WorkflowOffice.Activities.Registration;

namespace WorkflowOffice.Activities.Tests.Registration;

public class FileNumberTests
{
    [Fact]
    public void ToString_FormatsCodeYearAndSixDigitSequence()
    {
        new FileNumber("BTR", 2026, 123).ToString().Should().Be("BTR-2026-000123");
    }

    [Fact]
    public void Next_StartsAtOne_ForTheFirstFileOfAnAssociation()
    {
        FileNumber.Next(null, "ZHV", 2026).ToString().Should().Be("ZHV-2026-000001");
    }

    [Fact]
    public void Next_IncrementsWithinTheYear_AndRestartsInANewYear()
    {
        var last = FileNumber.Parse("BTR-2026-000123");

        FileNumber.Next(last, "BTR", 2026).ToString().Should().Be("BTR-2026-000124");
        FileNumber.Next(last, "BTR", 2027).ToString().Should().Be("BTR-2027-000001");
    }

    [Fact]
    public void Next_GrowsPastSixDigits_InsteadOfFailing()
    {
        FileNumber.Next(new FileNumber("BTR", 2026, 999_999), "BTR", 2026).ToString().Should().Be("BTR-2026-1000000");
    }

    [Fact]
    public void Next_Refuses_ALastNumberOfAnotherAssociation()
    {
        var sameYear = () => FileNumber.Next(FileNumber.Parse("ZHV-2026-000010"), "BTR", 2026);
        var earlierYear = () => FileNumber.Next(FileNumber.Parse("ZHV-2025-000010"), "BTR", 2026);

        sameYear.Should().Throw<ArgumentException>();
        earlierYear.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("btr-2026-000123")]
    [InlineData(" BTR-٢٠٢٦-٠٠٠١٢٣ ")]
    public void TryParse_ToleratesCaseSpacesAndArabicDigits(string input)
    {
        FileNumber.TryParse(input).Value.Should().Be(new FileNumber("BTR", 2026, 123));
    }

    [Theory]
    [InlineData("BTR-2026-123")]
    [InlineData("BTR2026000123")]
    [InlineData("B-2026-000123")]
    [InlineData("BTR-26-000123")]
    [InlineData("BTR-2026-000000")]
    public void TryParse_RejectsMalformedNumbers_WithBilingualMessage(string input)
    {
        var result = FileNumber.TryParse(input);

        result.IsValid.Should().BeFalse();
        result.Error!.Field.Should().Be("fileNumber");
        result.Error.Message.En.Should().Contain("BTR-2026-000123");
    }
}
