using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>A user task, open or closed (kept for history): the inbox reads this table.</summary>
public sealed class WorkflowTaskRow : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid InstanceId { get; set; }

    public string DefinitionKey { get; set; } = "";

    public string? BusinessKey { get; set; }

    public string ElementId { get; set; } = "";

    public string? Name { get; set; }

    /// <summary>Candidate roles joined by commas (the record's list); <see cref="WorkflowTaskCandidateRow"/> indexes them.</summary>
    public string CandidateRoles { get; set; } = "";

    public string? Assignee { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DueAt { get; set; }

    public int Priority { get; set; }

    public string? Form { get; set; }

    /// <summary>Allowed outcomes joined by commas.</summary>
    public string Outcomes { get; set; } = "";

    public UserTaskStatus Status { get; set; }

    public string? CompletedBy { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? Outcome { get; set; }
}
