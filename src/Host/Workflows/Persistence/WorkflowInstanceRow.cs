using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// A workflow instance: the engine's whole <see cref="InstanceState"/> as one JSON document, plus the columns
/// queries need. <see cref="Version"/> is the optimistic concurrency token of every step.
/// </summary>
public sealed class WorkflowInstanceRow : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public string DefinitionKey { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public string? BusinessKey { get; set; }

    public InstanceStatus Status { get; set; }

    /// <summary>The serialized <see cref="InstanceState"/> (see <see cref="InstanceStateJson"/>).</summary>
    public string StateJson { get; set; } = "";

    public long Version { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }
}
