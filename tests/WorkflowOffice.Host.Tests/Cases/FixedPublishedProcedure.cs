using WorkflowOffice.Host.Policies;

namespace WorkflowOffice.Host.Tests.Cases;

/// <summary>An association's published edition, fixed by the test (pins a version other than the seeded one).</summary>
internal sealed class FixedPublishedProcedure(PublishedProcedure published) : IPublishedProcedure
{
    public Task<PublishedProcedure?> GetAsync(Guid associationId, string policyKey = PolicyCatalog.BeneficiaryRelationshipKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<PublishedProcedure?>(published);
}
