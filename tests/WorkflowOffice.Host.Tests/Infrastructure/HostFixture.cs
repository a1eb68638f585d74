using Microsoft.AspNetCore.Mvc.Testing;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>One host and one fresh PostgreSQL database shared by the tests of <see cref="HostCollection"/>.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo-Office-2025";

    private WorkflowOfficeFactory? _factory;

    public string ConnectionString { get; private set; } = "";

    public WorkflowOfficeFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("host");
        _factory = new WorkflowOfficeFactory(ConnectionString);
        // Starting the server runs the migrations and the seeding.
        _ = _factory.Server;
    }

    public HttpClient CreateClient(bool followRedirects = false) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (ConnectionString.Length > 0)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
