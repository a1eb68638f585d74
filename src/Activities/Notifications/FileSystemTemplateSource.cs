namespace WorkflowOffice.Activities.Notifications;

/// <summary>
/// Reads templates from a folder laid out as <c>{root}/{event}.{language}.{channel}.hbs</c> (the shipped defaults,
/// <c>workflows/templates/</c>), with per-association overrides in <c>{root}/associations/{CODE}/</c> under the same
/// file names.
/// </summary>
/// <param name="rootPath">The templates folder.</param>
public sealed class FileSystemTemplateSource(string rootPath) : ITemplateSource
{
    private readonly string _rootPath = Path.GetFullPath(rootPath);

    /// <inheritdoc />
    public async ValueTask<TemplateText?> FindAsync(TemplateKey key, string? associationCode, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrEmpty(associationCode))
        {
            // The association code becomes a folder name: letters and digits only, so no path can escape the root.
            if (!associationCode.All(char.IsAsciiLetterOrDigit))
            {
                throw new ArgumentException($"'{associationCode}' is not a valid association code.", nameof(associationCode));
            }

            var overridePath = Path.Combine(_rootPath, "associations", associationCode, key.FileName);
            if (File.Exists(overridePath))
            {
                return new TemplateText(await File.ReadAllTextAsync(overridePath, cancellationToken).ConfigureAwait(false), "file:" + overridePath);
            }
        }

        var path = Path.Combine(_rootPath, key.FileName);
        return File.Exists(path)
            ? new TemplateText(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), "file:" + path)
            : null;
    }
}
