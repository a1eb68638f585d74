using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Administration;

/// <summary>
/// The signed-in administrator's association's own wording of notification templates (issue 5, Administration):
/// saved only when it renders on sample values (a Handlebars error or unknown variable is shown with its line
/// instead), versioned with time and author, used by the renderer for the next message, and removable ("reset to
/// shipped").
/// </summary>
public sealed class TemplateOverrides(WorkflowOfficeDbContext db, ICurrentUser current, TemplatePreview preview, TimeProvider clock)
{
    /// <summary>The association's saved wording for <paramref name="key"/>, or <see langword="null"/> when the shipped text applies.</summary>
    public async Task<TemplateOverrideInfo?> FindAsync(TemplateKey key, CancellationToken cancellationToken = default)
    {
        var row = await Query(key).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var author = await db.Users.AsNoTracking().Where(u => u.Id == row.UpdatedBy)
            .Select(u => new { u.DisplayNameAr, u.DisplayNameEn }).SingleOrDefaultAsync(cancellationToken);
        return new TemplateOverrideInfo(row.Text, row.Version, row.UpdatedAt, author?.DisplayNameAr ?? "", author?.DisplayNameEn ?? "");
    }

    /// <summary>Validates and saves <paramref name="text"/> as the association's wording; nothing is saved when it does not render.</summary>
    public async Task<TemplateSaveResult> SaveAsync(TemplateKey key, string text, CancellationToken cancellationToken = default)
    {
        var check = await preview.RenderAsync(key, text, cancellationToken);
        if (check.Error is not null)
        {
            return new TemplateSaveResult(null, check);
        }

        var row = await Query(key).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new NotificationTemplateOverride
            {
                Id = Guid.CreateVersion7(),
                AssociationId = current.AssociationId,
                Event = key.Event,
                Language = key.Language,
                Channel = key.ChannelName,
            };
            db.Add(row);
        }
        else if (row.Text == text.ReplaceLineEndings("\n"))
        {
            return new TemplateSaveResult(row.Version, null);
        }

        row.Text = text.ReplaceLineEndings("\n");
        row.Version++;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = current.UserId;
        await db.SaveChangesAsync(cancellationToken);
        return new TemplateSaveResult(row.Version, null);
    }

    /// <summary>Removes the association's wording: the shipped template applies again from the next message.</summary>
    public async Task<bool> ResetAsync(TemplateKey key, CancellationToken cancellationToken = default) =>
        await Query(key).ExecuteDeleteAsync(cancellationToken) > 0;

    private IQueryable<NotificationTemplateOverride> Query(TemplateKey key)
    {
        var associationId = current.AssociationId;
        var channel = key.ChannelName;
        return db.Set<NotificationTemplateOverride>()
            .Where(o => o.AssociationId == associationId && o.Event == key.Event && o.Language == key.Language && o.Channel == channel);
    }
}
