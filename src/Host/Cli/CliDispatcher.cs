using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Seeding;
using WorkflowOffice.Host.Startup;
using WorkflowOffice.Host.Workflows.Cli;

namespace WorkflowOffice.Host.Cli;

/// <summary>
/// Runs a verb when the first argument is not an option (<c>--urls</c> etc. go to the web host). To add a verb,
/// write an <see cref="ICliCommand"/> and list it in <see cref="Commands"/>.
/// </summary>
public static class CliDispatcher
{
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new CreateAdminCommand(),
        new ValidateCommand(),
    ];

    /// <summary>True when the arguments ask for a verb rather than the web host.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var command = Commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command '{args[0]}'.");
            await WriteUsageAsync(error);
            return 2;
        }

        ServiceProviderHolder? holder = null;
        try
        {
            var hostArgs = args.Skip(1).Where(a => a.StartsWith("--Database", StringComparison.OrdinalIgnoreCase)
                || a.StartsWith("--ConnectionStrings", StringComparison.OrdinalIgnoreCase)).ToArray();
            var context = new CliContext(args[1..], input, output, error, async () =>
            {
                holder ??= await ServiceProviderHolder.CreateAsync(hostArgs);
                return holder.Services;
            });
            return await command.RunAsync(context);
        }
        catch (StartupConfigurationException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        finally
        {
            if (holder is not null)
            {
                await holder.DisposeAsync();
            }
        }
    }

    private static async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("Usage: dotnet run --project src/Host [-- COMMAND ARGS…]");
        await writer.WriteLineAsync("  (no command)  start the web host");
        foreach (var command in Commands)
        {
            await writer.WriteLineAsync($"  {command.Usage}");
        }
    }

    /// <summary>The same configuration and services as the web host, without the web server.</summary>
    private sealed class ServiceProviderHolder(WebApplication app) : IAsyncDisposable
    {
        public IServiceProvider Services => app.Services;

        public static async Task<ServiceProviderHolder> CreateAsync(string[] hostArgs)
        {
            var builder = WebApplication.CreateBuilder(hostArgs);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddPersistence().AddAuth().AddSeeding();
            var app = builder.Build();
            await app.Services.PrepareDatabaseAsync();
            await app.Services.SeedAsync();
            return new ServiceProviderHolder(app);
        }

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
