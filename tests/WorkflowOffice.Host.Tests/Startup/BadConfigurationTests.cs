using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Startup;

/// <summary>An operator's configuration mistake stops the host with one sentence on stderr, never a stack trace.</summary>
public sealed class BadConfigurationTests
{
    [Fact]
    public async Task Host_ExitsWithOneSentence_WhenProviderIsUnknown()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Oracle" });

        result.ExitCode.Should().NotBe(0);
        result.Error.Trim().Should().Be("Database:Provider 'Oracle' is not supported; use Sqlite or Postgres.");
        (result.Output + result.Error).Should().NotContain("   at ");
    }

    [Fact]
    public async Task Host_ExitsWithOneSentence_WhenPostgresConnectionStringIsMissing()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Postgres" });

        result.ExitCode.Should().NotBe(0);
        result.Error.Trim().Should().StartWith("Database:Provider is Postgres but ConnectionStrings:Postgres is empty");
        result.Error.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public async Task Host_ExitsWithOneSentence_WhenDatabaseIsUnreachable()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=secret-value;Database=nowhere;Timeout=5",
        });

        result.ExitCode.Should().NotBe(0);
        var error = result.Error.Trim();
        error.Should().StartWith("Cannot connect to the PostgreSQL database 'nowhere' on 127.0.0.1:1");
        error.Split('\n').Should().HaveCount(1);
        error.Should().NotContain("secret-value", "passwords never reach the console");
        (result.Output + result.Error).Should().NotContain("   at ");
    }
}
