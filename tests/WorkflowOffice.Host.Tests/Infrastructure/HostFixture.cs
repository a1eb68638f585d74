using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Tests.Shared;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>
/// One host on one fresh database. The PostgreSQL one is shared by the tests of <see cref="HostCollection"/>; the
/// SQLite one is a class fixture, so each test class gets its own file.
/// </summary>
public abstract class HostFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string DemoPassword = "Demo-Office-2025";

    private WorkflowOfficeFactory? _factory;
    private TestDatabase? _database;

    public DatabaseProvider Provider => provider;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public string ConnectionString => Database.ConnectionString;

    public WorkflowOfficeFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "host");
        _factory = new WorkflowOfficeFactory(_database);
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

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
