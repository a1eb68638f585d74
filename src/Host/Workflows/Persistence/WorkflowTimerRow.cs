using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// A timer or an incident retry. The due time in this table is the truth: Quartz only wakes the runtime, and
/// the start-up recovery and the sweep rebuild Quartz's triggers from the unresolved rows.
/// </summary>
public sealed class WorkflowTimerRow : ITenantOwned
{
    /// <summary>The wait state's id (also the Quartz trigger's name).</summary>
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary><see cref="WaitKind.Timer"/> or <see cref="WaitKind.IncidentRetry"/>.</summary>
    public WaitKind Kind { get; set; }

    public string ElementId { get; set; } = "";

    public DateTime DueAt { get; set; }

    /// <summary>Fired, cancelled or withdrawn with its activity: no longer pending.</summary>
    public bool Resolved { get; set; }
}
