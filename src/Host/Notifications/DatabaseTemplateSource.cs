using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// The association's own wording saved in the administration pages (<see cref="NotificationTemplateOverride"/>),
/// asked before the shipped files, so the next message after a save uses it. Read on every render (one indexed row):
/// a save takes effect at once on every server, with no cache to invalidate; compiled templates are cached by the
/// renderer by the hash of their text.
/// </summary>
public sealed class DatabaseTemplateSource(IServiceScopeFactory scopes) : ITemplateSource
{
    public async ValueTask<TemplateText?> FindAsync(TemplateKey key, string? associationCode, CancellationToken cancellationToken = default)
    {
        if (associationCode is null)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var found = await (
                from o in db.Set<NotificationTemplateOverride>().AsNoTracking()
                join a in db.Set<Association>() on o.AssociationId equals a.Id
                where a.Code == associationCode && o.Event == key.Event && o.Language == key.Language && o.Channel == key.ChannelName
                select new { o.Text, o.Version })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new TemplateText(found.Text, $"db:{associationCode}/{key.FileName}@v{found.Version}");
    }
}
