namespace WorkflowOffice.Activities.Notifications;

/// <summary>
/// Asks several template sources in order and returns the first template found, e.g. an association's overrides
/// edited in the UI (database) before the shipped files.
/// </summary>
/// <param name="sources">The sources, most specific first.</param>
public sealed class LayeredTemplateSource(params IReadOnlyList<ITemplateSource> sources) : ITemplateSource
{
    /// <inheritdoc />
    public async ValueTask<TemplateText?> FindAsync(TemplateKey key, string? associationCode, CancellationToken cancellationToken = default)
    {
        foreach (var source in sources)
        {
            var found = await source.FindAsync(key, associationCode, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
