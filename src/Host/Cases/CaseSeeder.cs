using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Seeding;
using WorkflowOffice.Host.SupportTypes;

namespace WorkflowOffice.Host.Cases;

/// <summary>
/// Gives every association its procedure settings (declaration text, committee rules) and, with demo data on, the
/// default support types (TOOL-3, TOOL-4). Idempotent.
/// </summary>
internal sealed class CaseSeeder(WorkflowOfficeDbContext db, IOptions<SeedingOptions> seeding)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var associations = await db.Associations.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var associationId in associations)
        {
            if (!await db.Set<AssociationPolicySettings>().AnyAsync(s => s.AssociationId == associationId, cancellationToken))
            {
                db.Add(new AssociationPolicySettings { AssociationId = associationId });
            }

            if (!seeding.Value.DemoData)
            {
                continue;
            }

            var existing = await db.Set<AssociationSupportType>().Where(s => s.AssociationId == associationId).Select(s => s.Code).ToListAsync(cancellationToken);
            foreach (var type in DefaultSupportTypes.All.Where(t => !existing.Contains(t.Code)))
            {
                db.Add(new AssociationSupportType
                {
                    Id = Guid.CreateVersion7(),
                    AssociationId = associationId,
                    Code = type.Code,
                    NameAr = type.NameAr,
                    NameEn = type.NameEn,
                    RequiredItems = type.RequiredItems,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
