using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using WorkflowOffice.Host.Cli;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public async Task UnknownVerb_PrintsUsageAndExits2()
    {
        using var error = new StringWriter();

        var exitCode = await CliDispatcher.RunAsync(["frobnicate"], TextReader.Null, TextWriter.Null, error);

        exitCode.Should().Be(2);
        error.ToString().Should().Contain("Unknown command 'frobnicate'").And.Contain("create-admin --association CODE --email EMAIL");
    }

    [Fact]
    public async Task CreateAdmin_CreatesAssociationAndAdministrator_WhoCanSignInOverTheApi()
    {
        var database = await PostgresServer.CreateDatabaseAsync("cli");
        try
        {
            var result = await HostProcess.RunAsync(
                new Dictionary<string, string>
                {
                    ["Database__Provider"] = "Postgres",
                    ["ConnectionStrings__Postgres"] = database,
                },
                "First-Admin-Pass-1",
                "create-admin", "--association", "btr", "--email", "first@batoor.org", "--name-en", "First Admin");

            result.Error.Should().BeEmpty();
            result.ExitCode.Should().Be(0);
            result.Output.Should().Contain("Created administrator first@batoor.org in association BTR.");

            await using var factory = new ProductionFactory(database);
            using var client = factory.CreateClient();
            var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "first@batoor.org", password = "First-Admin-Pass-1" });
            login.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task CreateAdmin_RefusesToRun_WithoutPassword()
    {
        var result = await HostProcess.RunAsync(
            new Dictionary<string, string> { ["Database__Provider"] = "Sqlite" },
            null,
            "create-admin", "--association", "BTR", "--email", "x@example.org");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("No password given");
    }

    private sealed class ProductionFactory(string connectionString) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        }
    }
}
