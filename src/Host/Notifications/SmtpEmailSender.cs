using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace WorkflowOffice.Host.Notifications;

/// <summary>E-mail over SMTP (System.Net.Mail); the body is the rendered HTML.</summary>
internal sealed class SmtpEmailSender(IOptions<NotificationsOptions> options) : INotificationSender
{
    public string Channel => "email";

    public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            throw new InvalidOperationException("No SMTP server is configured (Notifications:SmtpHost).");
        }

        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpPort != 25 };
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
        }

        using var mail = new MailMessage(settings.SmtpFrom, message.Address, message.Subject ?? message.Event, message.Body) { IsBodyHtml = true };
        await client.SendMailAsync(mail, cancellationToken);
    }
}
