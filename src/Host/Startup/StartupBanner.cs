using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Seeding;

namespace WorkflowOffice.Host.Startup;

/// <summary>What a person starting the host needs to see: where it listens and how to sign in.</summary>
internal static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var seeding = app.Services.GetRequiredService<IOptions<SeedingOptions>>().Value;
            var database = app.Services.GetRequiredService<DatabaseSettings>();
            var output = Console.Out;
            output.WriteLine();
            output.WriteLine($"WorkflowOffice is running in the {app.Environment.EnvironmentName} environment.");
            foreach (var address in addresses)
            {
                output.WriteLine($"  Sign-in page: {address.TrimEnd('/')}/account/login");
                output.WriteLine($"  API docs:     {address.TrimEnd('/')}/swagger");
            }

            output.WriteLine($"  Database:     {database.Describe()}");
            if (seeding.DemoData)
            {
                output.WriteLine($"  Demo logins (password for all: {seeding.DemoPassword}):");
                foreach (var user in DemoData.Users)
                {
                    output.WriteLine($"    {user.Email,-28} {user.AssociationCode}  {user.Role}");
                }
            }
            else if (!HasAnyUser(app.Services))
            {
                output.WriteLine("  No user exists yet. Create the first administrator with:");
                output.WriteLine("    dotnet run --project src/Host -- create-admin --association BTR --email you@example.org");
                output.WriteLine("  (the password is read from standard input, or from --password-env VARIABLE).");
            }

            output.WriteLine();
        });
    }

    private static bool HasAnyUser(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().Users.Any();
    }
}
