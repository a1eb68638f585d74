using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Testing;

namespace WorkflowOffice.Activities.Tests.Policy;

public class VerifyRequirementsActivityTests
{
    private readonly InMemoryCaseFacts _facts = new();

    [Fact]
    public async Task Execute_IsComplete_WhenEveryItemIsValidOnTheSubmissionDate()
    {
        _facts.Cases["c1"] = InMemoryCaseFacts.CompleteCase("c1");

        var result = await new VerifyRequirementsActivity(_facts).ExecuteAsync(Contexts.For(Contexts.Case("c1")));

        result.Outcome.Should().Be("complete");
        result.Outputs!["requirementsComplete"].Should().Be(true);
        ((List<object?>)result.Outputs["missingItems"]!).Should().BeEmpty();
    }

    [Fact]
    public async Task Execute_ListsWhatIsMissing_WithReasonsAndBothLanguages()
    {
        _facts.Cases["c2"] = InMemoryCaseFacts.IncompleteCase("c2") with
        {
            Fields = new Dictionary<string, string?> { ["nationalId"] = "1234567890", ["mobile"] = "0501234567" },
        };

        var result = await new VerifyRequirementsActivity(_facts).ExecuteAsync(Contexts.For(Contexts.Case("c2")));

        result.Outcome.Should().Be("missing");
        var items = ((List<object?>)result.Outputs!["missingItems"]!).Cast<Dictionary<string, object?>>().ToList();
        items.Select(i => (i["code"], i["kind"], i["reason"])).Should().Equal(
            ("national-id-card", "Document", "Expired"), ("medical-report", "Document", "NotProvided"), ("nationalId", "Field", "Invalid"));
        items[1]["ar"].Should().Be("التقرير الطبي: يرجى إحضار الوثيقة.");
        items[1]["en"].Should().Be("Medical report: please bring this document.");
    }

    [Fact]
    public async Task Execute_JudgesDocumentsOnTheSubmissionDate_NotOnTheDayOfTheCheck()
    {
        // The ID card was valid when the request was submitted and expired since; STEP-2 checks validity at submission.
        _facts.Cases["c3"] = InMemoryCaseFacts.CompleteCase("c3") with
        {
            Documents = [new("national-id-card", "1", InMemoryCaseFacts.SubmittedOn.AddDays(3)), new("medical-report", "MR", null)],
        };
        var later = new ManualTimeProvider(new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero));

        var result = await new VerifyRequirementsActivity(_facts).ExecuteAsync(Contexts.For(Contexts.Case("c3"), clock: later));

        result.Outcome.Should().Be("complete");
    }

    [Fact]
    public async Task Execute_Fails_WithoutACaseId()
    {
        var act = async () => await new VerifyRequirementsActivity(_facts).ExecuteAsync(Contexts.For([]));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*caseId*");
    }
}
