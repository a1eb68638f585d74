using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Tests.Shared;

namespace WorkflowOffice.Browser.Tests.Infrastructure;

/// <summary>
/// The real host on Kestrel (a browser needs a socket) over a fresh database — PostgreSQL from
/// <c>WO_TEST_POSTGRES</c> (shared by <see cref="BrowserCollection"/>) or a SQLite file per test class, the README's
/// default — in Development (demo users), and Debian's Chromium driven by Playwright.
/// </summary>
public abstract class BrowserHostFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string DemoPassword = "Demo-Office-2025";

    private TestDatabase? _database;
    private HostFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public DatabaseProvider Provider => provider;

    /// <summary>The host's services (seed extra users, check what the pages stored).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "browser");
        _factory = new HostFactory(_database);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private sealed class HostFactory(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            database.Configure(builder);
            builder.UseSetting("PublicApi:PermitLimit", "1000");
        }
    }
}
