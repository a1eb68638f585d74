using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Committee;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Activities.Verification;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.SupportTypes;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>
/// <see cref="ICaseFacts"/> over the case tables (STEP-2, STEP-5). Activities are singletons that run inside engine
/// steps, so each read opens its own short scope; reads have no side effects, so a re-run step reads the same facts.
/// </summary>
internal sealed class CaseFactsReader(IServiceScopeFactory scopes) : ICaseFacts
{
    public async ValueTask<CaseFacts> GetCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var id = Guid.Parse(caseId);
        var @case = await db.Set<SupportCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"Case {caseId} does not exist.");
        var supportType = await db.Set<AssociationSupportType>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.AssociationId == @case.AssociationId && s.Code == @case.SupportTypeCode, cancellationToken);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var documents = new List<SubmittedDocument>();
        if (@case.BeneficiaryId is { } beneficiaryId)
        {
            var beneficiary = await db.Set<Beneficiary>().AsNoTracking().SingleAsync(b => b.Id == beneficiaryId, cancellationToken);
            fields["nationalId"] = beneficiary.NationalId;
            fields["mobile"] = beneficiary.Mobile;
            fields["iban"] = beneficiary.Iban;
            fields["nameAr"] = beneficiary.NameAr;
            fields["city"] = beneficiary.City;
            fields["birthDate"] = beneficiary.BirthDate?.ToString("O");
            documents.AddRange(await db.Set<BeneficiaryDocument>().AsNoTracking()
                .Where(d => d.BeneficiaryId == beneficiaryId)
                .Select(d => new SubmittedDocument(d.TypeCode, d.Number, d.ExpiresOn))
                .ToListAsync(cancellationToken));
        }

        return new CaseFacts(
            caseId,
            supportType?.ToSupportType() ?? new SupportType(@case.SupportTypeCode ?? "", "", "", []),
            @case.SubmittedOn,
            fields,
            documents);
    }

    public async ValueTask<CommitteeSetup> GetCommitteeAsync(string associationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var id = Guid.Parse(associationId);
        var members = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.CommitteeMember && user.AssociationId == id
                orderby user.Email
                select new { user.Id, user.DisplayNameAr })
            .ToListAsync(cancellationToken);
        var settings = await db.Set<AssociationPolicySettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AssociationId == id, cancellationToken)
            ?? new AssociationPolicySettings { AssociationId = id };
        return new CommitteeSetup(
            [.. members.Select(m => new CommitteeMember(m.Id.ToString(), m.DisplayNameAr, m.Id == settings.CommitteeChairId))],
            settings.ToRules());
    }
}
