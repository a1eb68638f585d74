using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>One candidate role of a user task, so that "tasks my roles may take" is an index lookup.</summary>
public sealed class WorkflowTaskCandidateRow : ITenantOwned
{
    public Guid TaskId { get; set; }

    public string Role { get; set; } = "";

    public Guid AssociationId { get; set; }
}
