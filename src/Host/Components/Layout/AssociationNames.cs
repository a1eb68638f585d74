using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Components.Layout;

/// <summary>
/// The associations' names for the app bar, read once per association. The layout renders beside the page, so it
/// uses its own short-lived context rather than the page's (a context cannot serve two renders at once).
/// </summary>
public sealed class AssociationNames(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<Guid, (string Ar, string En)> _names = new();

    public async Task<(string Ar, string En)> GetAsync(Guid associationId)
    {
        if (_names.TryGetValue(associationId, out var known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var found = await db.Associations.AsNoTracking()
            .Where(a => a.Id == associationId)
            .Select(a => new { a.NameAr, a.NameEn })
            .SingleOrDefaultAsync();
        var names = found is null ? ("", "") : (found.NameAr, found.NameEn);
        _names[associationId] = names;
        return names;
    }
}
