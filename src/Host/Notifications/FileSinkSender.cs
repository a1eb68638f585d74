using System.Globalization;
using Microsoft.Extensions.Options;

namespace WorkflowOffice.Host.Notifications;

/// <summary>Development: every SMS and e-mail becomes one file under <c>data/outbox/</c> instead of leaving the machine.</summary>
internal sealed class FileSinkSender(IOptions<NotificationsOptions> options, IHostEnvironment environment) : INotificationSender
{
    public string Channel => "*";

    public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.FileSinkPath);
        Directory.CreateDirectory(folder);
        var name = string.Create(CultureInfo.InvariantCulture, $"{message.CreatedAt:yyyyMMddHHmmss}-{message.Event}-{message.Channel}-{message.Id:N}.txt");
        var text = $"To: {message.Address}\nChannel: {message.Channel}\nLanguage: {message.Language}\nSubject: {message.Subject}\n\n{message.Body}\n";
        await File.WriteAllTextAsync(Path.Combine(folder, name), text, cancellationToken);
    }
}
