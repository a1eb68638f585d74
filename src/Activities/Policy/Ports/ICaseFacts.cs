namespace WorkflowOffice.Activities.Policy.Ports;

/// <summary>
/// Port the host implements to let the policy's activities read a case and its association (read-only, no side
/// effects, so a step that is re-run after a concurrency conflict reads the same facts).
/// </summary>
public interface ICaseFacts
{
    /// <summary>The case's support type, submitted fields and documents (STEP-2). Throws when the case does not exist.</summary>
    /// <param name="caseId">The case id (instance variable <c>caseId</c>).</param>
    /// <param name="cancellationToken">Cancelled when the host shuts down.</param>
    ValueTask<CaseFacts> GetCaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>The association's research committee and its rules (STEP-5).</summary>
    /// <param name="associationId">The association id (instance variable <c>associationId</c>).</param>
    /// <param name="cancellationToken">Cancelled when the host shuts down.</param>
    ValueTask<CommitteeSetup> GetCommitteeAsync(string associationId, CancellationToken cancellationToken);
}
