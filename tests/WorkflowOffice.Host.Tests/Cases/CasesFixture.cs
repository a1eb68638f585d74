using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Infrastructure;
using WorkflowOffice.Tests.Shared;

namespace WorkflowOffice.Host.Tests.Cases;

/// <summary>
/// The real host on its own database (PostgreSQL shared by <see cref="CasesCollection"/>, or a SQLite file per test
/// class) with a fake clock, the notification dispatcher off (tests relay and
/// dispatch explicitly) and the file sink in a temporary folder. The fake clock runs ahead of the real one so that
/// Quartz, which waits in real time, never fires a timer by itself: the tests fire them with the due-timer sweep.
/// </summary>
public abstract class CasesFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public DatabaseProvider Provider => provider;

    public FakeClock Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public string OutboxFolder { get; } = Path.Combine(Path.GetTempPath(), "wo-cases-outbox-" + Guid.NewGuid().ToString("N"));

    /// <summary>The public address links in messages must use (<c>Public:BaseUrl</c>).</summary>
    public const string PublicBaseUrl = "https://apply.batoor.example";

    public string ConnectionString => _database?.ConnectionString ?? "";

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "cases");
        Factory = new WorkflowOfficeFactory(_database).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Notifications:DispatcherEnabled", "false");
            builder.UseSetting("Notifications:Sink", "file");
            builder.UseSetting("Notifications:FileSinkPath", OutboxFolder);
            builder.UseSetting("PublicApi:PermitLimit", "1000");
            builder.UseSetting("Public:BaseUrl", PublicBaseUrl);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
            });
        });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(OutboxFolder))
        {
            Directory.Delete(OutboxFolder, recursive: true);
        }
    }

    /// <summary>A client signed in as a demo user (bearer token).</summary>
    public async Task<HttpClient> SignInAsync(string email, string? language = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = HostFixture.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Moves the clock and runs the engine's due-timer sweep, as the scheduler would.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Factory.Services.GetRequiredService<WorkflowRuntime>().FireDueTimersAsync();
    }

    /// <summary>Relays the engine outbox into rendered messages and sends what is due; returns the case's messages.</summary>
    public async Task<List<NotificationMessage>> MessagesAsync(Guid caseId)
    {
        foreach (var relay in Factory.Services.GetServices<INotificationRelay>())
        {
            await relay.RelayAsync(CancellationToken.None);
        }

        await Factory.Services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync(CancellationToken.None);
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        return await db.Set<NotificationMessage>().AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    public async Task<T> QueryAsync<T>(Func<WorkflowOfficeDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>());
    }
}
