using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowOffice.Tests.Shared;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>The real host, on its own database (SQLite or PostgreSQL), in the Development environment (demo data seeded).</summary>
public sealed class WorkflowOfficeFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        database.Configure(builder);
    }
}
