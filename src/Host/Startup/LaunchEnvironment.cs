namespace WorkflowOffice.Host.Startup;

/// <summary>
/// The environment <c>dotnet run</c> defaults to. The launch profile sets <see cref="Variable"/> instead of
/// <c>ASPNETCORE_ENVIRONMENT</c>, because a profile's variables override the shell's: an operator's
/// <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> must run Production, not the profile's Development.
/// </summary>
public static class LaunchEnvironment
{
    public const string Variable = "WORKFLOWOFFICE_LAUNCH_ENVIRONMENT";

    /// <summary>The profile's default, or null when the operator chose an environment (or no profile ran).</summary>
    public static string? Resolve(Func<string, string?> read) =>
        string.IsNullOrEmpty(read("ASPNETCORE_ENVIRONMENT")) && string.IsNullOrEmpty(read("DOTNET_ENVIRONMENT"))
            ? read(Variable) is { Length: > 0 } chosen ? chosen : null
            : null;
}
