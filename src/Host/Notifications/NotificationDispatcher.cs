using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// Sends due notification messages: each through its channel's sender (or the file sink), retrying with the
/// configured backoff and dead-lettering after the last retry. Addresses are logged masked only.
/// </summary>
public sealed class NotificationDispatcher(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<NotificationsOptions> options,
    IHostEnvironment environment,
    ILogger<NotificationDispatcher> logger)
{
    private const int BatchSize = 50;

    /// <summary>Sends what is due now; returns how many messages were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var senders = scope.ServiceProvider.GetServices<INotificationSender>().ToList();
        var now = clock.GetUtcNow();
        var due = await db.Set<NotificationMessage>()
            .Where(m => m.Status == NotificationStatus.Pending)
            .ToListAsync(cancellationToken);
        due = [.. due.Where(m => m.NextAttemptAt <= now).OrderBy(m => m.CreatedAt).Take(BatchSize)];
        var useFileSink = UseFileSink();
        foreach (var message in due)
        {
            var sender = message.Channel == "portal" || !useFileSink
                ? senders.FirstOrDefault(s => s.Channel == message.Channel)
                : senders.FirstOrDefault(s => s.Channel == "*");
            message.Attempts++;
            try
            {
                if (sender is null)
                {
                    throw new InvalidOperationException($"No sender for channel {message.Channel}.");
                }

                await sender.SendAsync(message, cancellationToken);
                message.Status = NotificationStatus.Sent;
                message.SentAt = clock.GetUtcNow();
                message.NextAttemptAt = null;
                message.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var delays = options.Value.RetryDelays;
                message.LastError = ex.GetType().Name + ": " + (ex.Message.Length > 400 ? ex.Message[..400] : ex.Message);
                if (message.Attempts > delays.Count)
                {
                    message.Status = NotificationStatus.DeadLetter;
                    message.NextAttemptAt = null;
                    logger.LogError("Notification {Id} ({Event}, {Channel}, to {Address}) dead-lettered after {Attempts} attempts", message.Id, message.Event, message.Channel, Mask(message.Address), message.Attempts);
                }
                else
                {
                    message.NextAttemptAt = clock.GetUtcNow() + delays[message.Attempts - 1];
                    logger.LogWarning("Notification {Id} ({Event}, {Channel}, to {Address}) failed, retry {Attempt}", message.Id, message.Event, message.Channel, Mask(message.Address), message.Attempts);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    private bool UseFileSink() => options.Value.Sink switch
    {
        "file" => true,
        "send" => false,
        _ => environment.IsDevelopment(),
    };

    /// <summary>Keeps the first and last two characters: enough to tell messages apart, not to reach anyone.</summary>
    public static string Mask(string address) =>
        address.StartsWith("case:", StringComparison.Ordinal) || address.Length <= 6
            ? address
            : string.Concat(address.AsSpan(0, 2), new string('*', address.Length - 4), address.AsSpan(address.Length - 2));
}
