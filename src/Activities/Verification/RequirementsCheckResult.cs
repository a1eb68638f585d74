namespace WorkflowOffice.Activities.Verification;

/// <summary>The result of STEP-2's check: <see cref="RequirementsCheck.Complete"/> or <see cref="RequirementsCheck.Missing"/> with what is missing.</summary>
/// <param name="MissingItems">The items missing, expired or invalid, in checklist order; empty when complete.</param>
public sealed record RequirementsCheckResult(IReadOnlyList<MissingItem> MissingItems)
{
    /// <summary>Whether every required item is present and valid on the submission date.</summary>
    public bool IsComplete => MissingItems.Count == 0;

    /// <summary>The BPMN outcome name: <c>complete</c> or <c>missing</c>.</summary>
    public string Outcome => IsComplete ? RequirementsCheck.Complete : RequirementsCheck.Missing;
}
