using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies;

/// <summary>A policy of one association (e.g. the policy on the relationship with beneficiaries); it has editions.</summary>
public sealed class Policy : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    /// <summary>Stable key used in URLs and the API, unique per association (e.g. <c>beneficiary-relationship</c>).</summary>
    public required string Key { get; set; }

    public required string NameAr { get; set; }

    public required string NameEn { get; set; }
}
