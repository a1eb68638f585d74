using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>One journal line (append-only): the case timeline and the audit trail.</summary>
public sealed class WorkflowJournalRow : ITenantOwned
{
    public Guid InstanceId { get; set; }

    public long Sequence { get; set; }

    public Guid AssociationId { get; set; }

    public DateTime At { get; set; }

    public JournalKind Kind { get; set; }

    public string? ElementId { get; set; }

    public string? Actor { get; set; }

    public Guid? ReferenceId { get; set; }

    public string? Detail { get; set; }
}
