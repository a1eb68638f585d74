using WorkflowOffice.Activities.Policy.Ports;

namespace WorkflowOffice.Activities.Tests.Policy;

/// <summary>Surveys in memory, one per case.</summary>
public sealed class InMemorySurveyIssuer : ISurveyIssuer
{
    public Dictionary<string, SurveyInvitation> Issued { get; } = new(StringComparer.Ordinal);

    public ValueTask<SurveyInvitation> IssueAsync(string associationId, string caseId, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        if (!Issued.TryGetValue(caseId, out var survey))
        {
            survey = new SurveyInvitation(new Uri($"https://example.test/s/{associationId}/{Issued.Count + 1}"), closesAt);
            Issued[caseId] = survey;
        }

        return ValueTask.FromResult(survey);
    }
}
