using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies;

/// <summary>A remark on an edition by its owner or a board member, optionally about one element.</summary>
public sealed class EditionComment : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid EditionId { get; set; }

    public Guid AuthorId { get; set; }

    public required string Text { get; set; }

    /// <summary>BPMN id of the element the remark is about, if any.</summary>
    public string? ElementId { get; set; }

    public DateTimeOffset At { get; set; }
}
