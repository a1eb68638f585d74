using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowOffice.Host.Auth;

namespace WorkflowOffice.Host.Persistence;

/// <summary>
/// The one place every write of a signed-in user's request passes: each added, changed or deleted
/// <see cref="ITenantOwned"/> row must belong to the user's association, whatever endpoint or page wrote it.
/// Work without a signed-in user (timers, the public application form, start-up seeding) is not a user's write.
/// </summary>
public sealed class TenantWriteGuard(IHttpContextAccessor accessor) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Check(DbContext? context)
    {
        var principal = accessor.HttpContext?.User;
        if (context is null || principal?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(WorkflowOfficeClaimTypes.AssociationId), out var associationId))
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var original = entry.State == EntityState.Added ? associationId : (Guid)entry.Property(nameof(ITenantOwned.AssociationId)).OriginalValue!;
            if (entry.Entity.AssociationId != associationId || original != associationId)
            {
                throw new CrossAssociationWriteException(entry.Entity.GetType());
            }
        }
    }
}
