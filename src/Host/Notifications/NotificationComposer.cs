using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Inquiries;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.PublicApi;

namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// Turns a requested notification (event, recipient reference, language-free data) into one
/// <see cref="NotificationMessage"/> per channel the recipient can be reached on, rendered in the recipient's
/// language from the association's template or the shipped one. Rows are added to the caller's context, so they
/// commit with whatever caused them. A template that cannot be rendered gives a dead-lettered row (visible), not
/// a lost notification.
/// </summary>
public sealed class NotificationComposer(
    NotificationTemplateRenderer renderer,
    TimeProvider clock,
    IOptions<NotificationsOptions> options,
    PublicAddress address,
    ILogger<NotificationComposer> logger)
{
    public async Task<IReadOnlyList<NotificationMessage>> ComposeAsync(
        WorkflowOfficeDbContext db,
        Guid associationId,
        Guid? sourceId,
        string eventName,
        string? template,
        string? recipient,
        IReadOnlyDictionary<string, object?> data,
        CancellationToken cancellationToken,
        IReadOnlyCollection<NotificationChannel>? onlyChannels = null)
    {
        var association = await db.Set<Association>().AsNoTracking().SingleAsync(a => a.Id == associationId, cancellationToken);
        var caseId = data.GetValueOrDefault(PolicyVariables.CaseId) is string text && Guid.TryParse(text, out var parsed) ? parsed : (Guid?)null;
        var recipients = await ResolveAsync(db, associationId, caseId, recipient, cancellationToken);
        var messages = new List<NotificationMessage>();
        foreach (var to in recipients.Where(r => onlyChannels is null || onlyChannels.Contains(r.Channel)))
        {
            var model = Model(data, to, association);
            var key = new TemplateKey(template ?? eventName, to.Language, to.Channel);
            var message = new NotificationMessage
            {
                Id = Guid.CreateVersion7(),
                AssociationId = associationId,
                CaseId = caseId,
                SourceId = sourceId,
                Event = eventName,
                Channel = key.ChannelName,
                Language = to.Language,
                Address = to.Address,
                CreatedAt = clock.GetUtcNow(),
                NextAttemptAt = clock.GetUtcNow(),
            };
            try
            {
                var rendered = await renderer.RenderAsync(key, association.Code, model, cancellationToken);
                message.Subject = rendered.Subject;
                message.Body = rendered.Body;
            }
            catch (Exception ex) when (ex is NotificationTemplateException or NotificationTemplateNotFoundException)
            {
                logger.LogError("Notification {Event} for case {CaseId} could not be rendered ({Template}): {Error}", eventName, caseId, key, ex.Message);
                message.Status = NotificationStatus.DeadLetter;
                message.NextAttemptAt = null;
                message.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
            }

            db.Add(message);
            messages.Add(message);
        }

        if (caseId is { } id && messages.Count > 0)
        {
            db.Add(new Communication
            {
                Id = Guid.CreateVersion7(),
                AssociationId = associationId,
                CaseId = id,
                Direction = "out",
                Channel = string.Join(",", messages.Select(m => m.Channel).Distinct()),
                Subject = eventName,
                At = clock.GetUtcNow(),
            });
        }

        return messages;
    }

    /// <summary>
    /// Renders dead-lettered messages again from the request that produced them, with the templates in force now:
    /// an administrator who fixed a broken template (or saved the association's wording) and sends the dead
    /// letter again gets the corrected text, not the old empty body. A message that still fails stays a dead letter
    /// with the new error.
    /// </summary>
    public async Task RerenderAsync(
        WorkflowOfficeDbContext db,
        Guid associationId,
        IReadOnlyList<NotificationMessage> messages,
        string? template,
        string? recipient,
        IReadOnlyDictionary<string, object?> data,
        CancellationToken cancellationToken)
    {
        var association = await db.Set<Association>().AsNoTracking().SingleAsync(a => a.Id == associationId, cancellationToken);
        var caseId = data.GetValueOrDefault(PolicyVariables.CaseId) is string text && Guid.TryParse(text, out var parsed) ? parsed : (Guid?)null;
        var recipients = await ResolveAsync(db, associationId, caseId, recipient, cancellationToken);
        foreach (var message in messages)
        {
            var channel = Enum.Parse<NotificationChannel>(message.Channel, ignoreCase: true);
            var to = recipients.FirstOrDefault(r => r.Channel == channel && r.Address == message.Address)
                ?? new Recipient(channel, message.Address, message.Language, message.Language == "en" ? "Beneficiary" : "المستفيد");
            var key = new TemplateKey(template ?? message.Event, to.Language, channel);
            message.Attempts = 0;
            try
            {
                var rendered = await renderer.RenderAsync(key, association.Code, Model(data, to, association), cancellationToken);
                message.Subject = rendered.Subject;
                message.Body = rendered.Body;
                message.Language = to.Language;
                message.Status = NotificationStatus.Pending;
                message.NextAttemptAt = clock.GetUtcNow();
                message.LastError = null;
            }
            catch (Exception ex) when (ex is NotificationTemplateException or NotificationTemplateNotFoundException)
            {
                logger.LogError("Notification {Event} for case {CaseId} still cannot be rendered ({Template}): {Error}", message.Event, caseId, key, ex.Message);
                message.Status = NotificationStatus.DeadLetter;
                message.NextAttemptAt = null;
                message.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
            }
        }
    }

    /// <summary>
    /// The template model for one recipient, built by <see cref="NotificationModel.Build"/> with this host's public and
    /// staff addresses. The template preview calls this too, so what it shows is what is sent.
    /// </summary>
    public Dictionary<string, object?> Model(IReadOnlyDictionary<string, object?> data, string language, string recipientName, string associationName)
    {
        var publicBase = address.BaseUrl;
        var staffBase = options.Value.StaffBaseUrl is { Length: > 0 } staff ? staff.TrimEnd('/') : publicBase;
        return NotificationModel.Build(data, language, recipientName, associationName, publicBase, staffBase);
    }

    private Dictionary<string, object?> Model(IReadOnlyDictionary<string, object?> data, Recipient to, Association association) =>
        Model(data, to.Language, to.Name, to.Language == "en" ? association.NameEn : association.NameAr);

    private static async Task<IReadOnlyList<Recipient>> ResolveAsync(WorkflowOfficeDbContext db, Guid associationId, Guid? caseId, string? recipient, CancellationToken cancellationToken)
    {
        var result = new List<Recipient>();
        if (recipient is not null && recipient.StartsWith(PolicyRecipients.RolePrefix, StringComparison.Ordinal))
        {
            var role = recipient[PolicyRecipients.RolePrefix.Length..];
            var staff = await (
                    from user in db.Users
                    join userRole in db.UserRoles on user.Id equals userRole.UserId
                    join r in db.Roles on userRole.RoleId equals r.Id
                    where r.Name == role && user.AssociationId == associationId && user.Email != null
                    select new { user.Email, user.DisplayNameAr, user.DisplayNameEn, user.PreferredLanguage })
                .ToListAsync(cancellationToken);
            result.AddRange(staff.Select(s => new Recipient(
                NotificationChannel.Email, s.Email!, s.PreferredLanguage == "en" ? "en" : "ar", s.PreferredLanguage == "en" ? s.DisplayNameEn : s.DisplayNameAr)));
            return result;
        }

        if (caseId is not { } id)
        {
            return result;
        }

        var @case = await db.Set<SupportCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.AssociationId == associationId, cancellationToken);
        if (@case is null)
        {
            return result;
        }

        string? mobile = null, email = null, name = null;
        var language = "ar";
        if (@case.BeneficiaryId is { } beneficiaryId)
        {
            var beneficiary = await db.Set<Beneficiary>().AsNoTracking().SingleAsync(b => b.Id == beneficiaryId, cancellationToken);
            (mobile, email, language) = (beneficiary.Mobile, beneficiary.Email, beneficiary.PreferredLanguage);
            name = language == "en" ? beneficiary.NameEn ?? beneficiary.NameAr : beneficiary.NameAr;
        }
        else
        {
            var inquiry = await db.Set<Inquiry>().AsNoTracking().SingleOrDefaultAsync(i => i.CaseId == id, cancellationToken);
            (mobile, name) = (inquiry?.Mobile, inquiry?.ContactName);
        }

        name ??= language == "en" ? "Beneficiary" : "المستفيد";
        if (mobile is not null)
        {
            result.Add(new Recipient(NotificationChannel.Sms, mobile, language, name));
        }

        if (email is not null)
        {
            result.Add(new Recipient(NotificationChannel.Email, email, language, name));
        }

        // The portal inbox is always written: the public status page reads it.
        result.Add(new Recipient(NotificationChannel.Portal, PolicyRecipients.ForCase(id.ToString()), language, name));
        return result;
    }

    private sealed record Recipient(NotificationChannel Channel, string Address, string Language, string Name);
}
