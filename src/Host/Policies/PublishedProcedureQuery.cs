using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies;

internal sealed class PublishedProcedureQuery(WorkflowOfficeDbContext db) : IPublishedProcedure
{
    public async Task<PublishedProcedure?> GetAsync(Guid associationId, string policyKey = PolicyCatalog.BeneficiaryRelationshipKey, CancellationToken cancellationToken = default)
    {
        var published = await (
            from policy in db.Set<Policy>()
            join edition in db.Set<PolicyEdition>() on policy.Id equals edition.PolicyId
            where policy.AssociationId == associationId && policy.Key == policyKey && edition.Status == EditionStatus.Published
            select new { edition.Id, edition.Number, edition.Year, edition.DefinitionKey, edition.DefinitionVersion })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        return published is { DefinitionKey: { } key, DefinitionVersion: { } version }
            ? new PublishedProcedure(published.Id, policyKey, published.Number, published.Year, key, version)
            : null;
    }
}
