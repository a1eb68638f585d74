using System.Threading.Channels;

namespace WorkflowOffice.Host.Components.Inbox;

/// <summary>
/// Tells open inbox pages that the tasks of an association changed (a task arrived, was claimed, released or
/// completed), so they refresh without a reload. In-process on purpose: each host tells its own browsers; a
/// browser connected to another host still sees the change at its next refresh.
/// </summary>
public sealed class InboxNotifier
{
    private readonly Lock _gate = new();
    private readonly List<(Guid AssociationId, Channel<DateTimeOffset> Channel)> _subscribers = [];

    /// <summary>Signals every subscriber of <paramref name="associationId"/>; never blocks the committing request.</summary>
    public void Publish(Guid associationId, DateTimeOffset at)
    {
        lock (_gate)
        {
            foreach (var (id, channel) in _subscribers)
            {
                if (id == associationId)
                {
                    channel.Writer.TryWrite(at);
                }
            }
        }
    }

    /// <summary>The changes of one association until <paramref name="cancellationToken"/> (the page closed).</summary>
    public async IAsyncEnumerable<DateTimeOffset> SubscribeAsync(
        Guid associationId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A slow browser only needs to know "something changed": keep the latest signal, drop the rest.
        var channel = Channel.CreateBounded<DateTimeOffset>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var entry = (associationId, channel);
        lock (_gate)
        {
            _subscribers.Add(entry);
        }

        try
        {
            await foreach (var at in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return at;
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(entry);
            }
        }
    }

    /// <summary>How many pages listen (for tests and diagnostics).</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }
}
