using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Attestation;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>
/// STEP-4: the data the applicant attests (their identity, contact and bank details, the request and its
/// documents), hashed canonically; comparing today's hash with the attested one shows later edits.
/// </summary>
public static class AttestedData
{
    public static async Task<string> HashAsync(WorkflowOfficeDbContext db, SupportCase @case, CancellationToken cancellationToken)
    {
        var beneficiary = @case.BeneficiaryId is { } id
            ? await db.Set<Beneficiary>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            : null;
        var documents = await db.Set<BeneficiaryDocument>().AsNoTracking()
            .Where(d => d.CaseId == @case.Id)
            .OrderBy(d => d.TypeCode).ThenBy(d => d.Number)
            .Select(d => new { d.TypeCode, d.Number, d.ExpiresOn })
            .ToListAsync(cancellationToken);
        return AttestationHash.ComputeFor(new
        {
            @case.Reference,
            @case.SupportTypeCode,
            beneficiary?.NationalId,
            beneficiary?.NameAr,
            beneficiary?.NameEn,
            beneficiary?.Gender,
            beneficiary?.BirthDate,
            beneficiary?.Mobile,
            beneficiary?.City,
            beneficiary?.Iban,
            Documents = documents,
        });
    }
}
