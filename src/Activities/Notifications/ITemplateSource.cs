namespace WorkflowOffice.Activities.Notifications;

/// <summary>
/// Finds notification templates. Associations may override a shipped template with their own wording (the policy is
/// adopted by several associations with near-identical text); a source returns the association's override when it
/// has one. Implementations: <see cref="FileSystemTemplateSource"/> (shipped templates and file overrides),
/// <see cref="LayeredTemplateSource"/> (first source that has it wins); a database source for overrides edited in the
/// UI comes with the host.
/// </summary>
public interface ITemplateSource
{
    /// <summary>Finds the template for a key, preferring the association's override.</summary>
    /// <param name="key">The template key.</param>
    /// <param name="associationCode">The association's code (e.g. <c>BTR</c>), or <see langword="null"/> for the shipped default.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The template, or <see langword="null"/> when this source has none.</returns>
    ValueTask<TemplateText?> FindAsync(TemplateKey key, string? associationCode, CancellationToken cancellationToken = default);
}
