using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.SupportTypes;

namespace WorkflowOffice.Host.Components.Shared;

/// <summary>
/// The association's names for its support types and required items (documents and fields), so that pages show
/// "Prosthetic limb" or "Recent medical report" in the reader's language instead of the stored codes. Both lists are
/// per association in the database; one loader serves every page.
/// </summary>
public sealed class CatalogNames
{
    private readonly Dictionary<string, (string Ar, string En)> _supportTypes;
    private readonly Dictionary<string, (string Ar, string En)> _items;

    private CatalogNames(Dictionary<string, (string Ar, string En)> supportTypes, Dictionary<string, (string Ar, string En)> items)
    {
        _supportTypes = supportTypes;
        _items = items;
    }

    /// <summary>No names known: every code is shown as it is.</summary>
    public static CatalogNames Empty { get; } = new([], []);

    /// <summary>
    /// Loads the names of one association's support types and their required items, or of every association's when
    /// <paramref name="associationId"/> is null (the public form, before an association is chosen; the first name
    /// found for a code wins).
    /// </summary>
    public static async Task<CatalogNames> LoadAsync(WorkflowOfficeDbContext db, Guid? associationId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<AssociationSupportType>().AsNoTracking()
            .Where(s => associationId == null || s.AssociationId == associationId)
            .OrderBy(s => s.Code)
            .ToListAsync(cancellationToken);
        var supportTypes = new Dictionary<string, (string Ar, string En)>(StringComparer.Ordinal);
        var items = new Dictionary<string, (string Ar, string En)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            supportTypes.TryAdd(row.Code, (row.NameAr, row.NameEn));
            foreach (var item in row.RequiredItems)
            {
                items.TryAdd(item.Code, (item.NameAr, item.NameEn));
            }
        }

        return new CatalogNames(supportTypes, items);
    }

    /// <summary>The support type's name in the reader's language, or the code itself when the association has none.</summary>
    public string SupportType(string? code) => Name(_supportTypes, code);

    /// <summary>A required item's (document type's or field's) name in the reader's language, or the code when unknown.</summary>
    public string Item(string? code) => Name(_items, code);

    private static string Name(Dictionary<string, (string Ar, string En)> names, string? code) =>
        code is not null && names.TryGetValue(code, out var name)
            ? Ui.T(name.Ar, name.En.Length > 0 ? name.En : name.Ar)
            : code ?? "";
}
