using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.PublicApi;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>GOAL-5: opens a case's satisfaction survey with a secret token; idempotent per case.</summary>
internal sealed class SurveyIssuer(IServiceScopeFactory scopes, TimeProvider clock, PublicAddress address) : ISurveyIssuer
{
    public async ValueTask<SurveyInvitation> IssueAsync(string associationId, string caseId, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        var @case = Guid.Parse(caseId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var survey = await db.Set<SatisfactionSurvey>().AsNoTracking().SingleOrDefaultAsync(s => s.CaseId == @case, cancellationToken);
        if (survey is null)
        {
            survey = new SatisfactionSurvey
            {
                Id = Guid.CreateVersion7(),
                AssociationId = Guid.Parse(associationId),
                CaseId = @case,
                Token = Base64UrlToken(),
                IssuedAt = clock.GetUtcNow(),
                ClosesAt = closesAt,
            };
            db.Add(survey);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SurveyInvitation(new Uri(address.Link("/survey/" + survey.Token)), survey.ClosesAt);
    }

    private static string Base64UrlToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
