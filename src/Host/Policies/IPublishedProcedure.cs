namespace WorkflowOffice.Host.Policies;

/// <summary>For case intake: the published edition of an association's procedure.</summary>
public interface IPublishedProcedure
{
    /// <summary>The published edition of <paramref name="policyKey"/> (default: the policy on the relationship with
    /// beneficiaries) in <paramref name="associationId"/>, or <c>null</c> when none is published.</summary>
    Task<PublishedProcedure?> GetAsync(Guid associationId, string policyKey = PolicyCatalog.BeneficiaryRelationshipKey, CancellationToken cancellationToken = default);
}
