namespace WorkflowOffice.Activities.Policy.Ports;

/// <summary>
/// Port the host implements to open a case's satisfaction survey (GOAL-5): a secret token, a public link, one
/// answer per case, no answer accepted after <c>closesAt</c>.
/// </summary>
/// <remarks>Must be idempotent per case: a second call for the same case returns the survey already issued.</remarks>
public interface ISurveyIssuer
{
    /// <summary>Issues (or returns) the case's survey.</summary>
    /// <param name="associationId">The association.</param>
    /// <param name="caseId">The case whose service is rated.</param>
    /// <param name="closesAt">When the survey stops accepting answers.</param>
    /// <param name="cancellationToken">Cancelled when the host shuts down.</param>
    ValueTask<SurveyInvitation> IssueAsync(string associationId, string caseId, DateTimeOffset closesAt, CancellationToken cancellationToken);
}
