using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Activities.Registration;

namespace WorkflowOffice.Host.Workflows.Cli;

/// <summary>
/// Ports for a registry that only validates models: the policy's activities are known by name and inputs, and
/// nothing runs, so nothing here is ever called.
/// </summary>
internal sealed class ValidationPorts : ICaseFacts, IFileNumberAllocator, ISurveyIssuer
{
    public ValueTask<CaseFacts> GetCaseAsync(string caseId, CancellationToken cancellationToken) => throw NotRunning();

    public ValueTask<CommitteeSetup> GetCommitteeAsync(string associationId, CancellationToken cancellationToken) => throw NotRunning();

    public ValueTask<FileNumber> AllocateAsync(string associationId, string associationCode, string caseId, int year, CancellationToken cancellationToken) =>
        throw NotRunning();

    public ValueTask<SurveyInvitation> IssueAsync(string associationId, string caseId, DateTimeOffset closesAt, CancellationToken cancellationToken) =>
        throw NotRunning();

    private static InvalidOperationException NotRunning() => new("Activities do not run while models are only validated.");
}
