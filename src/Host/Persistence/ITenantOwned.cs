namespace WorkflowOffice.Host.Persistence;

/// <summary>
/// Marks a row that belongs to one association (tenant). Every such table carries <c>AssociationId</c>, and no
/// query may cross associations; <c>TenantModelTests</c> walks the EF model to keep that true.
/// </summary>
public interface ITenantOwned
{
    /// <summary>The association that owns the row.</summary>
    Guid AssociationId { get; }
}
