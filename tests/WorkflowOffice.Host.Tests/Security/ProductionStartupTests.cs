using System.Text.Json;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>The README's Production path cannot run as Development or with the demo users and their published password.</summary>
public sealed class ProductionStartupTests
{
    [Fact]
    public async Task Host_RefusesDemoSeeding_OutsideDevelopment()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["Seeding__DemoData"] = "true",
            ["Seeding__DemoPassword"] = "Demo-Office-2025",
        });

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().Be("Seeding:DemoData is on but the environment is Production; demo users are only seeded in Development.");
    }

    [Fact]
    public void LaunchProfile_DoesNotOverrideTheOperatorsEnvironment()
    {
        // dotnet run applies the profile's variables over the shell's; ASPNETCORE_ENVIRONMENT (or DOTNET_ENVIRONMENT)
        // there would turn an operator's ASPNETCORE_ENVIRONMENT=Production into Development.
        var root = RepositoryRoot();
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "src", "Host", "Properties", "launchSettings.json")));
        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
        {
            if (profile.Value.TryGetProperty("environmentVariables", out var variables))
            {
                variables.TryGetProperty("ASPNETCORE_ENVIRONMENT", out _).Should().BeFalse($"profile '{profile.Name}' must not override ASPNETCORE_ENVIRONMENT");
                variables.TryGetProperty("DOTNET_ENVIRONMENT", out _).Should().BeFalse($"profile '{profile.Name}' must not override DOTNET_ENVIRONMENT");
            }
        }

        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        readme.Should().Contain("ASPNETCORE_ENVIRONMENT=Production dotnet run --project src/Host --no-launch-profile");
    }

    [Fact]
    public async Task LaunchProfileDefault_GivesWayToTheOperatorsEnvironment()
    {
        // What dotnet run does: the profile's variable plus the shell's ASPNETCORE_ENVIRONMENT=Production (HostProcess).
        var result = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["WORKFLOWOFFICE_LAUNCH_ENVIRONMENT"] = "Development",
            ["Seeding__DemoData"] = "true",
        });

        result.ExitCode.Should().Be(1, "the host runs as Production and so refuses demo seeding");
        result.Error.Should().Contain("the environment is Production");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkflowOffice.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (WorkflowOffice.sln) was not found.");
    }
}
