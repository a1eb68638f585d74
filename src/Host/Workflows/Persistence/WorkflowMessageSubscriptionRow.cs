using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>An open message subscription; deleted when it is satisfied or withdrawn.</summary>
public sealed class WorkflowMessageSubscriptionRow : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid InstanceId { get; set; }

    public string ElementId { get; set; } = "";

    public string MessageName { get; set; } = "";

    public string? CorrelationKey { get; set; }
}
