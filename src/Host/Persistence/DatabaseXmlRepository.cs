using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace WorkflowOffice.Host.Persistence;

/// <summary>
/// Data-protection key ring in the database, so cookies and bearer tokens survive restarts and every host
/// sharing the database can read what another host issued.
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopeFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // IXmlRepository is synchronous by contract; the key ring is read rarely and cached by the key manager.
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id)
            .Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord
        {
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        db.SaveChanges();
    }
}
