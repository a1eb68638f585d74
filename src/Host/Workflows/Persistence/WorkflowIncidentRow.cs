using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>An incident (a failed element), open or closed: administrators list and retry the open ones.</summary>
public sealed class WorkflowIncidentRow : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid InstanceId { get; set; }

    public Guid TokenId { get; set; }

    public string ElementId { get; set; } = "";

    public string ErrorType { get; set; } = "";

    public string ErrorMessage { get; set; } = "";

    public int Attempts { get; set; }

    public DateTime RaisedAt { get; set; }

    public DateTime LastFailedAt { get; set; }

    public DateTime? NextRetryAt { get; set; }

    public IncidentStatus Status { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }
}
