namespace WorkflowOffice.Host.Cli;

/// <summary>What a verb gets: its own arguments, the console streams, and the host's services on demand.</summary>
public sealed class CliContext(
    IReadOnlyList<string> arguments,
    TextReader input,
    TextWriter output,
    TextWriter error,
    Func<Task<IServiceProvider>> services)
{
    /// <summary>The arguments after the verb.</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;

    public TextReader Input { get; } = input;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>
    /// Builds the host's services (configuration, database migrated, Identity). Verbs that need no database
    /// (e.g. validating a BPMN file) simply never call it.
    /// </summary>
    public Task<IServiceProvider> GetServicesAsync() => services();

    /// <summary>Value of <c>--name value</c>, or null.</summary>
    public string? Option(string name)
    {
        for (var i = 0; i < Arguments.Count - 1; i++)
        {
            if (string.Equals(Arguments[i], name, StringComparison.Ordinal))
            {
                return Arguments[i + 1];
            }
        }

        return null;
    }
}
