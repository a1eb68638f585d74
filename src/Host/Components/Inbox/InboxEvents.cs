using System.Net.ServerSentEvents;
using WorkflowOffice.Host.Auth;

namespace WorkflowOffice.Host.Components.Inbox;

/// <summary>
/// <c>GET /inbox/events</c>: a server-sent event stream that says "changed" when the signed-in user's association's
/// tasks change; the inbox page then fetches its list again. Carries no task data, so it leaks nothing.
/// </summary>
public static class InboxEvents
{
    public const string Path = "/inbox/events";

    public static WebApplication MapInboxEvents(this WebApplication app)
    {
        app.MapGet(Path, (ICurrentUser user, InboxNotifier notifier, CancellationToken cancellationToken) =>
                TypedResults.ServerSentEvents(Stream(notifier, user.AssociationId, cancellationToken)))
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        InboxNotifier notifier, Guid associationId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A first event tells the page the stream is open (tests wait for it before making a change).
        yield return new SseItem<string>("ready", "ready");
        await foreach (var at in notifier.SubscribeAsync(associationId, cancellationToken))
        {
            yield return new SseItem<string>(at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), "changed");
        }
    }
}
