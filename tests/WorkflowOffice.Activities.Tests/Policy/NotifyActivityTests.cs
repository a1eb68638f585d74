using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Runtime.Effects;

namespace WorkflowOffice.Activities.Tests.Policy;

public class NotifyActivityTests
{
    private readonly NotifyActivity _activity = new();

    [Fact]
    public async Task Execute_RequestsTheEventForTheBeneficiary_WithTheMappedInputsAsData()
    {
        var context = Contexts.For(
            Contexts.Case("c1"),
            new() { ["activity"] = "policy.notify", ["event"] = "committee-rejected" },
            new() { ["reasons"] = new List<object?> { "سبب" } });

        var result = await _activity.ExecuteAsync(context);

        result.Outputs.Should().BeNull();
        var notification = context.Effects.Should().ContainSingle().Which.Should().BeOfType<NotificationRequested>().Subject;
        notification.EventName.Should().Be("committee-rejected");
        notification.Recipient.Should().Be("case:c1");
        notification.Template.Should().BeNull();
        notification.Data.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["caseId"] = "c1",
            ["associationId"] = PolicyHarness.AssociationId,
            ["reference"] = "REF-c1",
            ["reasons"] = new List<object?> { "سبب" },
        });
    }

    [Fact]
    public async Task Execute_WithDueIn_AddsTheDeadlineToTheDataAndOutputs()
    {
        var context = Contexts.For(Contexts.Case(), new() { ["event"] = "sent-to-committee", ["dueIn"] = "P14D" });

        var result = await _activity.ExecuteAsync(context);

        result.Outputs!["dueDate"].Should().Be("2026-03-24T09:00:00.0000000+00:00");
        ((NotificationRequested)context.Effects[0]).Data["dueDate"].Should().Be("2026-03-24T09:00:00.0000000+00:00");
    }

    [Fact]
    public async Task Execute_AddressesStaffByRole_AndUsesTheGivenTemplate()
    {
        var context = Contexts.For(Contexts.Case(), new() { ["event"] = "committee-escalation", ["recipient"] = "role:Admin", ["template"] = "committee-escalation-btr" });

        await _activity.ExecuteAsync(context);

        var notification = (NotificationRequested)context.Effects[0];
        notification.Recipient.Should().Be("role:Admin");
        notification.Template.Should().Be("committee-escalation-btr");
    }

    [Theory]
    [InlineData("everyone")]
    [InlineData("role:")]
    public async Task Execute_Fails_OnAnUnknownRecipient(string recipient)
    {
        var context = Contexts.For(Contexts.Case(), new() { ["event"] = "committee-reminder", ["recipient"] = recipient });

        var act = async () => await _activity.ExecuteAsync(context);

        await act.Should().ThrowAsync<InvalidOperationException>();
        context.Effects.Should().BeEmpty();
    }
}
