using WorkflowOffice.Activities.Registration;

namespace WorkflowOffice.Activities.Policy.Ports;

/// <summary>
/// Port the host implements to give a registered beneficiary a file number, unique per association (STEP-6),
/// backed by a unique index on (association, file number).
/// </summary>
/// <remarks>
/// Must be idempotent per case: a step can be re-run after a concurrency conflict or retried after an incident,
/// and a second call for the same case must return the number the first call gave, never a new one.
/// </remarks>
public interface IFileNumberAllocator
{
    /// <summary>The case's file number: the one already given to it, or the association's next number for <paramref name="year"/>.</summary>
    /// <param name="associationId">The association.</param>
    /// <param name="associationCode">Its code, the prefix of the number (e.g. <c>BTR</c>).</param>
    /// <param name="caseId">The case being registered.</param>
    /// <param name="year">The registration year, from the engine clock.</param>
    /// <param name="cancellationToken">Cancelled when the host shuts down.</param>
    ValueTask<FileNumber> AllocateAsync(string associationId, string associationCode, string caseId, int year, CancellationToken cancellationToken);
}
