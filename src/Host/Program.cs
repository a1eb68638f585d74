using WorkflowOffice.Host.Api;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cli;
using WorkflowOffice.Host.Components;
using WorkflowOffice.Host.Health;
using WorkflowOffice.Host.Localization;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Policies;
using WorkflowOffice.Host.Security;
using WorkflowOffice.Host.Seeding;
using WorkflowOffice.Host.Startup;
using WorkflowOffice.Host.Workflows;

// Verbs (create-admin, later validate…) run instead of the web host.
if (CliDispatcher.IsCommand(args))
{
    return await CliDispatcher.RunAsync(args, Console.In, Console.Out, Console.Error);
}

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        EnvironmentName = LaunchEnvironment.Resolve(Environment.GetEnvironmentVariable),
    });
    builder.Services.AddSingleton(TimeProvider.System);
    builder.AddSecurity();
    builder.AddPersistence();
    builder.AddWorkflows();
    builder.AddAuth();
    builder.AddSeeding();
    builder.AddApi();
    builder.AddHealth();
    builder.AddUiLocalization();
    builder.AddWebUi();
    builder.AddPolicies();
    builder.AddCases();

    var app = builder.Build();
    await app.Services.PrepareDatabaseAsync();
    await app.Services.SeedAsync();
    await app.Services.SeedPoliciesAsync();
    await app.Services.SeedCasesAsync();

    app.UseSecurity();
    app.UseApiErrors();
    app.UseRequestLocalization();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();

    app.MapHealth();
    app.MapApi();
    app.MapAuth();
    app.MapPolicies();
    app.MapCases();
    app.MapWebUi();

    StartupBanner.PrintWhenStarted(app);
    await app.RunAsync();
    return 0;
}
catch (StartupConfigurationException ex)
{
    // Operator mistakes get one sentence, not a stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

/// <summary>Entry point; public so that <c>WebApplicationFactory&lt;Program&gt;</c> can host it in tests.</summary>
public partial class Program;
