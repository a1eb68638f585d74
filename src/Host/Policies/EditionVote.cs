using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies;

/// <summary>One board member's vote on a submitted edition (one vote per member and edition).</summary>
public sealed class EditionVote : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid EditionId { get; set; }

    public Guid BoardMemberId { get; set; }

    public VoteChoice Vote { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; }
}
