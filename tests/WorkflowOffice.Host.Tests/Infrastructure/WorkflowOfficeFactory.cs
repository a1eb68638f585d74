using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>The real host, on its own PostgreSQL database, in the Development environment (demo data seeded).</summary>
public sealed class WorkflowOfficeFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
    }
}
