using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>A research-committee member's vote on a case (STEP-5): accept or reject, with reasons.</summary>
public sealed class CommitteeVoteRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid CaseId { get; set; }

    public Guid MemberId { get; set; }

    /// <summary><c>accept</c> or <c>reject</c>.</summary>
    public string Choice { get; set; } = "";

    public string? Reasons { get; set; }

    public DateTimeOffset CastAt { get; set; }
}
