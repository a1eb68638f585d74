using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>STEP-7: what was delivered, when, by whom, and the quantity or amount.</summary>
public sealed class ServiceDelivery : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid CaseId { get; set; }

    public string ServiceName { get; set; } = "";

    public DateOnly DeliveredOn { get; set; }

    public Guid DeliveredBy { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? Amount { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
