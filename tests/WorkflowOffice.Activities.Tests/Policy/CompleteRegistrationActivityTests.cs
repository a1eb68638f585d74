using WorkflowOffice.Activities.Policy;

namespace WorkflowOffice.Activities.Tests.Policy;

public class CompleteRegistrationActivityTests
{
    private readonly InMemoryFileNumberAllocator _allocator = new();

    private static Dictionary<string, object?> Verified(string caseId)
    {
        var variables = Contexts.Case(caseId);
        variables["requirementsComplete"] = true;
        return variables;
    }

    [Fact]
    public async Task Execute_GivesTheNextFileNumberOfTheAssociation_ForTheYearOnTheEngineClock()
    {
        var activity = new CompleteRegistrationActivity(_allocator);

        var first = await activity.ExecuteAsync(Contexts.For(Verified("c1")));
        var second = await activity.ExecuteAsync(Contexts.For(Verified("c2")));

        first.Outputs!["fileNumber"].Should().Be("BTR-2026-000001");
        first.Outputs["registeredAt"].Should().Be("2026-03-10T09:00:00.0000000+00:00");
        second.Outputs!["fileNumber"].Should().Be("BTR-2026-000002");
    }

    [Fact]
    public async Task Execute_RunAgainForTheSameCase_KeepsItsNumber()
    {
        var activity = new CompleteRegistrationActivity(_allocator);
        await activity.ExecuteAsync(Contexts.For(Verified("c1")));

        var again = await activity.ExecuteAsync(Contexts.For(Verified("c1")));

        again.Outputs!["fileNumber"].Should().Be("BTR-2026-000001");
    }

    [Fact]
    public async Task Execute_RefusesACaseWhoseItemsAreNotComplete()
    {
        var act = async () => await new CompleteRegistrationActivity(_allocator).ExecuteAsync(Contexts.For(Contexts.Case("c3")));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*STEP-6*");
        _allocator.Calls.Should().Be(0);
    }
}
