using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace WorkflowOffice.Browser.Tests.Infrastructure;

/// <summary>
/// The real host on Kestrel (a browser needs a socket) over a fresh PostgreSQL database from
/// <c>WO_TEST_POSTGRES</c>, in Development (demo users), and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserHostFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo-Office-2025";

    private string _databaseName = "";
    private string _maintenance = "";
    private HostFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The host's services (seed extra users, check what the pages stored).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _maintenance = Environment.GetEnvironmentVariable("WO_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("WO_TEST_POSTGRES is not set. Run ./test.sh, which starts a private PostgreSQL 15.");
        _databaseName = $"wo_browser_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{_databaseName}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(_maintenance) { Database = _databaseName, Pooling = false }.ConnectionString;

        _factory = new HostFactory(connectionString);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu"],
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

        if (_databaseName.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class HostFactory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", connectionString);
            builder.UseSetting("PublicApi:PermitLimit", "1000");
        }
    }
}
