using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Inquiries;

/// <summary>
/// STEP-1 and GOAL-3: an enquiry received through any channel, recorded and answered even when no support request
/// follows. The enquirer may be anonymous; a mobile is kept only to send the answer.
/// </summary>
public sealed class Inquiry : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    /// <summary>The case that carries the enquiry through the procedure (an inquiry-only case).</summary>
    public Guid? CaseId { get; set; }

    public string Channel { get; set; } = "";

    public string? ContactName { get; set; }

    /// <summary>E.164, when the enquirer wants the answer by SMS.</summary>
    public string? Mobile { get; set; }

    public string Question { get; set; } = "";

    public string? Answer { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? AnsweredBy { get; set; }
}
