namespace WorkflowOffice.Host.Cli;

/// <summary>A verb run instead of the web host: <c>dotnet run --project src/Host -- VERB ARGS…</c>.</summary>
public interface ICliCommand
{
    /// <summary>The verb, e.g. <c>create-admin</c>.</summary>
    string Name { get; }

    /// <summary>One usage line shown by the dispatcher.</summary>
    string Usage { get; }

    /// <summary>Runs the verb; the result is the process exit code (0 success, 1 failure, 2 bad usage).</summary>
    Task<int> RunAsync(CliContext context);
}
