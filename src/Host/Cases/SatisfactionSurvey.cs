using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>GOAL-5: a case's satisfaction survey, answered once through its secret token before it closes.</summary>
public sealed class SatisfactionSurvey : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>Secret, URL-safe; the only key of the public survey page.</summary>
    public string Token { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public int? Csat { get; set; }

    public int? Nps { get; set; }

    public string? Comment { get; set; }

    public bool IsAnonymous { get; set; }
}
