using WorkflowOffice.Activities.Policy;

namespace WorkflowOffice.Activities.Tests.Policy;

public class RecordInquiryActivityTests
{
    private readonly RecordInquiryActivity _activity = new();

    [Fact]
    public async Task Execute_ClassifiesAnAnsweredEnquiry_AsInquiryOnly()
    {
        var variables = Contexts.Case();
        variables["requestKind"] = "inquiry";
        variables["answer"] = "نعم";

        var result = await _activity.ExecuteAsync(Contexts.For(variables));

        result.Outcome.Should().Be("inquiry");
        result.Outputs.Should().Contain("inquiryOnly", true).And.Contain("answered", true);
    }

    [Fact]
    public async Task Execute_TreatsACaseWithoutKind_AsASupportRequest()
    {
        var result = await _activity.ExecuteAsync(Contexts.For(Contexts.Case()));

        result.Outcome.Should().Be("request");
        result.Outputs.Should().Contain("inquiryOnly", false).And.Contain("answered", false);
    }

    [Fact]
    public async Task Execute_Fails_OnAnUnknownKind()
    {
        var variables = Contexts.Case();
        variables["requestKind"] = "complaint";

        var act = async () => await _activity.ExecuteAsync(Contexts.For(variables));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*complaint*");
    }
}
