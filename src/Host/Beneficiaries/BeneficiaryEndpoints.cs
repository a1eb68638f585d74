using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Beneficiaries;

/// <summary><c>GET /api/beneficiaries?nationalId=</c>: finds the association's existing file before a second application.</summary>
public static class BeneficiaryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/beneficiaries", (string? nationalId, WorkflowOfficeDbContext db, ICurrentUser user, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () =>
                {
                    var id = SaudiNationalId.TryParse(nationalId);
                    if (id.Error is { } error)
                    {
                        throw new CaseValidationException([error]);
                    }

                    var found = await db.Set<Beneficiary>().AsNoTracking()
                        .SingleOrDefaultAsync(b => b.AssociationId == user.AssociationId && b.NationalId == id.Value!.Value, ct);
                    if (found is null)
                    {
                        return TypedResults.Ok(new BeneficiaryLookup(false, null, null, null, []));
                    }

                    var cases = await db.Set<SupportCase>().AsNoTracking()
                        .Where(c => c.AssociationId == user.AssociationId && c.BeneficiaryId == found.Id)
                        .OrderBy(c => c.CreatedAt)
                        .Select(c => new BeneficiaryCaseSummary(c.Id, c.Reference, c.Status, c.SupportTypeCode, c.SubmittedOn))
                        .ToListAsync(ct);
                    return TypedResults.Ok(new BeneficiaryLookup(true, found.Id, found.NameAr, found.NameEn, cases));
                }))
            .WithTags("Beneficiaries")
            .RequireAuthorization()
            .WithSummary("Finds the beneficiary file of a national ID or Iqama in the user's association.")
            .Produces<BeneficiaryLookup>()
            .ProducesValidationProblem();
    }
}
