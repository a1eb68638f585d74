using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>One message in or out with a beneficiary, by channel (GOAL-3, GOAL-4); part of the case timeline.</summary>
public sealed class Communication : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary><c>in</c> or <c>out</c>.</summary>
    public string Direction { get; set; } = "out";

    /// <summary>A contact channel (<c>CH-1</c>…) or a notification channel (<c>sms</c>, <c>email</c>, <c>portal</c>).</summary>
    public string Channel { get; set; } = "";

    /// <summary>What it was about (an event name or a short summary); no personal identifiers.</summary>
    public string Subject { get; set; } = "";

    public string? Body { get; set; }

    public DateTimeOffset At { get; set; }
}
