using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Activities.Registration;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>
/// STEP-6: gives a case's beneficiary the association's next file number. Idempotent per case (a re-run step gets
/// the number already given); the unique index on (association, file number) settles a race, after which the
/// allocation is simply tried again with the next number.
/// </summary>
internal sealed class FileNumberAllocator(IServiceScopeFactory scopes, TimeProvider clock) : IFileNumberAllocator
{
    private const int MaxAttempts = 5;

    public async ValueTask<FileNumber> AllocateAsync(string associationId, string associationCode, string caseId, int year, CancellationToken cancellationToken)
    {
        var association = Guid.Parse(associationId);
        var @case = Guid.Parse(caseId);
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
            var existing = await db.Set<Registration>().AsNoTracking().SingleOrDefaultAsync(r => r.CaseId == @case, cancellationToken);
            if (existing is not null)
            {
                return FileNumber.Parse(existing.FileNumber);
            }

            var last = await db.Set<Registration>().AsNoTracking()
                .Where(r => r.AssociationId == association && r.Year == year)
                .OrderByDescending(r => r.Sequence)
                .Select(r => r.FileNumber)
                .FirstOrDefaultAsync(cancellationToken);
            var next = FileNumber.Next(last is null ? null : FileNumber.Parse(last), associationCode, year);
            var beneficiaryId = await db.Set<SupportCase>().Where(c => c.Id == @case).Select(c => c.BeneficiaryId).SingleOrDefaultAsync(cancellationToken);
            db.Add(new Registration
            {
                Id = Guid.CreateVersion7(),
                AssociationId = association,
                CaseId = @case,
                BeneficiaryId = beneficiaryId,
                FileNumber = next.ToString(),
                Year = next.Year,
                Sequence = next.Sequence,
                RegisteredAt = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return next;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another registration took the number (or this case was registered meanwhile): read again.
            }
        }
    }
}
