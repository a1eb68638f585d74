using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Host.Tasks.Forms;

/// <summary>
/// Instance variables only the host and the procedure's activities set: the tenant and case identity, the case's
/// status and the outputs of policy steps. No form may declare them, so a client can never set them.
/// </summary>
public static class ReservedVariables
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        WorkflowTenancy.AssociationVariable,
        PolicyVariables.CaseId,
        PolicyVariables.AssociationId,
        PolicyVariables.AssociationCode,
        PolicyVariables.Reference,
        PolicyVariables.Channel,
        PolicyVariables.RequestKind,
        PolicyVariables.InquiryOnly,
        PolicyVariables.Answered,
        PolicyVariables.MissingItems,
        PolicyVariables.RequirementsComplete,
        PolicyVariables.ItemsDueDate,
        PolicyVariables.CommitteeDueDate,
        PolicyVariables.MemberId,
        PolicyVariables.CommitteeVotes,
        PolicyVariables.CommitteeDecision,
        PolicyVariables.Accepted,
        PolicyVariables.RejectionReasons,
        PolicyVariables.FileNumber,
        PolicyVariables.SurveyClosesAt,
        PolicyVariables.Outcome,
        "status",
        "caseStatus",
        "beneficiaryId",
        "instanceId",
        "taskId",
        "userId",
    };
}
