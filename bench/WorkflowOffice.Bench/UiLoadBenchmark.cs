using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Cases.Intake;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Bench;

/// <summary>
/// <c>ui-load</c>: N concurrent staff sessions (default 50), each signed in with its own cookie, open the inbox and a
/// case file in turn against the real host on a localhost port over a fresh PostgreSQL database. The durations are
/// measured in the server (ASP.NET Core's <c>http.server.request.duration</c> histogram), not in the client.
/// Each session waits a jittered <c>--think-ms</c> (default 2000: a person reading) between pages; 0 is a saturation run.
/// Bounded: <c>--iterations</c> rounds per session (default 10) and <c>--seconds</c> at most (default 120).
/// Needs <c>WO_TEST_POSTGRES</c> (a superuser connection string).
/// </summary>
public sealed partial class UiLoadBenchmark : IBenchmark
{
    private const string Password = "Demo-Office-2025";

    public string Name => "ui-load";

    public async Task<IReadOnlyDictionary<string, object?>> RunAsync(BenchmarkOptions options)
    {
        var sessions = options.Workers > 0 ? options.Workers : 50;
        var cases = options.Instances > 0 ? options.Instances : 200;
        var iterations = options.Extra.TryGetValue("iterations", out var it) ? int.Parse(it, CultureInfo.InvariantCulture) : 10;
        // A person reads a page before opening the next: 0 hammers the host back to back (a saturation run).
        var thinkMs = options.Extra.TryGetValue("think-ms", out var t) ? int.Parse(t, CultureInfo.InvariantCulture) : 2000;
        var limit = TimeSpan.FromSeconds(options.Extra.TryGetValue("seconds", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 120);
        var maintenance = Environment.GetEnvironmentVariable("WO_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("WO_TEST_POSTGRES is not set (a superuser connection string).");
        var database = $"wo_uiload_{Guid.NewGuid():N}";
        await ExecuteAsync(maintenance, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(maintenance) { Database = database, MaxPoolSize = 100 }.ConnectionString;
            // The factory looks for the host's content root beside a solution file it cannot see from bin/: say where it is.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WORKFLOWOFFICE_HOST", Path.Combine(RepositoryPaths.Root(), "src", "Host"));
            await using var host = new HostFactory(connectionString);
            host.UseKestrel(0);
            host.StartServer();
            var baseUrl = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
            var caseIds = await SeedCasesAsync(host.Services, cases);

            // Server-side durations of the measured pages only (sign-in and static files excluded).
            var durations = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
            using var listener = new MeterListener();
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Microsoft.AspNetCore.Hosting" && instrument.Name == "http.server.request.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "http.route" && tag.Value is string route && (route == "/inbox" || route.StartsWith("/cases/", StringComparison.Ordinal)))
                    {
                        durations.GetOrAdd(route == "/inbox" ? "inbox" : "case-file", _ => []).Add(seconds * 1000);
                    }
                }
            });

            var clients = new List<HttpClient>();
            for (var i = 0; i < sessions; i++)
            {
                clients.Add(await SignInAsync(baseUrl, "officer@batoor.demo"));
            }

            listener.Start();
            using var deadline = new CancellationTokenSource(limit);
            var errors = 0;
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(clients.Select(async client =>
            {
                if (thinkMs > 0)
                {
                    // Staff do not all open the inbox in the same millisecond.
                    await Task.Delay(Random.Shared.Next(thinkMs), deadline.Token);
                }

                for (var round = 0; round < iterations && !deadline.IsCancellationRequested; round++)
                {
                    try
                    {
                        foreach (var path in new[] { "/inbox", $"/cases/{caseIds[Random.Shared.Next(caseIds.Count)]}" })
                        {
                            using var response = await client.GetAsync(path, deadline.Token);
                            if (!response.IsSuccessStatusCode)
                            {
                                Interlocked.Increment(ref errors);
                            }

                            if (thinkMs > 0)
                            {
                                // Jittered so that the sessions do not move in lock-step.
                                await Task.Delay(thinkMs / 2 + Random.Shared.Next(thinkMs), deadline.Token);
                            }
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            }));
            wall.Stop();
            listener.Dispose();
            foreach (var client in clients)
            {
                client.Dispose();
            }

            var all = durations.Values.SelectMany(d => d).ToArray();
            var result = new Dictionary<string, object?>
            {
                ["benchmark"] = Name,
                ["sessions"] = sessions,
                ["cases"] = cases,
                ["iterations"] = iterations,
                ["thinkMs"] = thinkMs,
                ["requests"] = all.Length,
                ["errors"] = errors,
                ["wallSeconds"] = Math.Round(wall.Elapsed.TotalSeconds, 1),
                ["requestsPerSecond"] = Math.Round(all.Length / wall.Elapsed.TotalSeconds, 1),
                ["serverP50Ms"] = Percentile(all, 0.50),
                ["serverP95Ms"] = Percentile(all, 0.95),
                ["serverP99Ms"] = Percentile(all, 0.99),
            };
            foreach (var (page, values) in durations.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                result[$"{page}P95Ms"] = Percentile([.. values], 0.95);
                result[$"{page}Requests"] = values.Count;
            }

            result["targetP95Ms"] = 300;
            return result;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(maintenance, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task<List<Guid>> SeedCasesAsync(IServiceProvider services, int count)
    {
        var ids = new List<Guid>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var association = await db.Set<Association>().SingleAsync(a => a.Code == "BTR");
        for (var i = 0; i < count; i++)
        {
            // One scope per case: a long-lived context would track every row of the run.
            await using var caseScope = services.CreateAsyncScope();
            var intake = caseScope.ServiceProvider.GetRequiredService<IntakeService>();
            var nine = (100000000 + i).ToString(CultureInfo.InvariantCulture);
            var nationalId = nine + SaudiNationalId.ComputeCheckDigit(nine);
            var mobile = "05" + (10000000 + i).ToString(CultureInfo.InvariantCulture);
            var created = await intake.CreateCaseAsync(
                association.Id,
                new CaseIntakeRequest($"CH-{(i % 8) + 1}", "support", "prosthetic-limb",
                    new BeneficiaryInput(nationalId, $"مستفيد {i}", $"Beneficiary {i}", "male", null, mobile, null, "الرياض", null, "ar"),
                    []),
                "bench",
                CancellationToken.None);
            ids.Add(created.Id);
        }

        return ids;
    }

    private static async Task<HttpClient> SignInAsync(string baseUrl, string email)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        using var response = await client.PostAsync("/account/login", form);
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static double Percentile(double[] values, double quantile)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        Array.Sort(values);
        var index = (int)Math.Ceiling(quantile * values.Length) - 1;
        return Math.Round(values[Math.Clamp(index, 0, values.Length - 1)], 1);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    // Any public type of the host's assembly names its entry point; the bench has a Program of its own.
    private sealed class HostFactory(string connectionString) : WebApplicationFactory<Association>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", connectionString);
            // The run measures the pages, not the console: keep the per-request log lines out.
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
