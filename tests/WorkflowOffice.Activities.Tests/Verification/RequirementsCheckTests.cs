using WorkflowOffice.Activities.Verification;

namespace WorkflowOffice.Activities.Tests.Verification;

public class RequirementsCheckTests
{
    private static readonly DateOnly SubmittedOn = new(2026, 3, 10);

    private static readonly RequiredItem IdCard = new(RequiredItemKind.Document, "national-id-card", "صورة الهوية الوطنية", "National ID card", ExpiryMatters: true);
    private static readonly RequiredItem MedicalReport = new(RequiredItemKind.Document, "medical-report", "التقرير الطبي", "Medical report");
    private static readonly RequiredItem NationalIdField = new(RequiredItemKind.Field, "nationalId", "رقم الهوية", "National ID number", Format: FieldFormat.NationalId);
    private static readonly RequiredItem MobileField = new(RequiredItemKind.Field, "mobile", "رقم الجوال", "Mobile number", Format: FieldFormat.Mobile);
    private static readonly RequiredItem IbanField = new(RequiredItemKind.Field, "iban", "رقم الآيبان", "IBAN", Format: FieldFormat.Iban);
    private static readonly RequiredItem City = new(RequiredItemKind.Field, "city", "المدينة", "City");

    private static readonly SupportType ProstheticLimb = new(
        "prosthetic-limb", "طرف صناعي", "Prosthetic limb", [IdCard, MedicalReport, NationalIdField, MobileField, IbanField, City]);

    private static Dictionary<string, string?> ValidFields() => new()
    {
        ["nationalId"] = "1234567897",
        ["mobile"] = "0501234567",
        ["iban"] = "SA0380000000608010167519",
        ["city"] = "الرياض",
    };

    private static List<SubmittedDocument> ValidDocuments() =>
    [
        new("national-id-card", "1234567897", SubmittedOn.AddYears(2)),
        new("medical-report", "MR-77", null),
    ];

    [Fact]
    public void Check_IsComplete_WhenEveryItemIsPresentAndValid()
    {
        var result = RequirementsCheck.Check(ProstheticLimb.RequiredItems, ValidFields(), ValidDocuments(), SubmittedOn);

        result.IsComplete.Should().BeTrue();
        result.Outcome.Should().Be("complete");
        result.MissingItems.Should().BeEmpty();
    }

    [Fact]
    public void Check_ListsEveryMissingItem_InChecklistOrder_WithBilingualMessages()
    {
        var fields = ValidFields();
        fields.Remove("city");
        fields["mobile"] = "  ";

        var result = RequirementsCheck.Check(ProstheticLimb.RequiredItems, fields, [ValidDocuments()[0]], SubmittedOn);

        result.Outcome.Should().Be("missing");
        result.MissingItems.Select(m => m.Item.Code).Should().Equal("medical-report", "mobile", "city");
        result.MissingItems.Should().OnlyContain(m => m.Reason == MissingReason.NotProvided);
        result.MissingItems[0].Message.Ar.Should().Contain("التقرير الطبي");
        result.MissingItems[0].Message.En.Should().Contain("Medical report");
    }

    [Fact]
    public void Check_ReportsExpiredDocument_WhenItExpiredBeforeTheSubmissionDate()
    {
        List<SubmittedDocument> documents = [new("national-id-card", "1234567897", SubmittedOn.AddDays(-1)), ValidDocuments()[1]];

        var result = RequirementsCheck.Check(ProstheticLimb.RequiredItems, ValidFields(), documents, SubmittedOn);

        result.MissingItems.Should().ContainSingle().Which.Reason.Should().Be(MissingReason.Expired);
        result.MissingItems[0].Message.En.Should().Contain("expired");
    }

    [Fact]
    public void Check_AcceptsDocument_ExpiringOnTheSubmissionDate_EvenIfCheckedLater()
    {
        // STEP-2 judges validity at submission, not on the day an officer happens to look at it.
        List<SubmittedDocument> documents = [new("national-id-card", "1234567897", SubmittedOn), ValidDocuments()[1]];

        var result = RequirementsCheck.Check(ProstheticLimb.RequiredItems, ValidFields(), documents, SubmittedOn);

        result.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Check_AcceptsAnyValidDocumentOfTheType_WhenAnOldOneHasExpired()
    {
        List<SubmittedDocument> documents =
        [
            new("national-id-card", "old", SubmittedOn.AddYears(-1)),
            new("NATIONAL-ID-CARD", "new", SubmittedOn.AddYears(5)),
            ValidDocuments()[1],
        ];

        RequirementsCheck.Check(ProstheticLimb.RequiredItems, ValidFields(), documents, SubmittedOn).IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Check_AsksForExpiryDate_WhenExpiryMattersButNoneWasRecorded()
    {
        List<SubmittedDocument> documents = [new("national-id-card", "1234567897", null), ValidDocuments()[1]];

        var result = RequirementsCheck.Check(ProstheticLimb.RequiredItems, ValidFields(), documents, SubmittedOn);

        result.MissingItems.Should().ContainSingle().Which.Reason.Should().Be(MissingReason.ExpiryDateMissing);
    }

    [Fact]
    public void Check_ReportsInvalidIdentifiers_WithTheIdentifierMessage()
    {
        var fields = ValidFields();
        fields["nationalId"] = "1234567890";
        fields["iban"] = "SA0480000000608010167519";

        var result = RequirementsCheck.Check(ProstheticLimb.RequiredItems, fields, ValidDocuments(), SubmittedOn);

        result.MissingItems.Select(m => (m.Item.Code, m.Reason)).Should().Equal(
            ("nationalId", MissingReason.Invalid), ("iban", MissingReason.Invalid));
        result.MissingItems[0].Message.En.Should().StartWith("National ID number: ").And.Contain("check the digits");
    }
}
