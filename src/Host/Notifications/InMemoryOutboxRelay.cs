using WorkflowOffice.Engine.Runtime.Effects;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// Relay for the in-memory engine store (the stand-in until the durable store is registered): reads the store's
/// outbox list from where it stopped. Exactly once within the process only, which is all an in-memory store offers.
/// </summary>
internal sealed class InMemoryOutboxRelay(InMemoryWorkflowStore store, IServiceScopeFactory scopes, NotificationComposer composer) : INotificationRelay, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _next;

    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var outbox = store.Outbox;
            if (_next >= outbox.Count)
            {
                return 0;
            }

            var batch = new List<NotificationRequested>();
            for (var i = _next; i < outbox.Count; i++)
            {
                batch.Add(outbox[i]);
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
            foreach (var request in batch)
            {
                var associationId = request.Data.GetValueOrDefault("associationId") is string text && Guid.TryParse(text, out var id) ? id : Guid.Empty;
                await composer.ComposeAsync(db, associationId, Guid.CreateVersion7(), request.EventName, request.Template, request.Recipient, request.Data, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            _next += batch.Count;
            return batch.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
