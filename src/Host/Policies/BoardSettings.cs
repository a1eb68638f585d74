using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies;

/// <summary>How the association's board approves editions. Without a row the quorum is a majority of its BoardMembers.</summary>
public sealed class BoardSettings : ITenantOwned
{
    public Guid AssociationId { get; set; }

    /// <summary>Approve votes needed for approval.</summary>
    public int Quorum { get; set; }
}
