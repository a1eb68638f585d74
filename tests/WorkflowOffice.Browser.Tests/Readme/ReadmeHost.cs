using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorkflowOffice.Browser.Tests.Readme;

/// <summary>
/// The host started the way the README's first command starts it: <c>dotnet run --project src/Host</c> from the
/// repository root, so the launch profile (Development), the content root (<c>src/Host</c>), the embedded SQLite
/// default under <c>data/</c> and the demo seed are the ones a newcomer gets. Only three things differ, so that a test
/// can run beside a developer's own instance: the build the tests already made is reused (<c>-c Release
/// --no-build</c>), the address is a free loopback port, and the SQLite file under <c>data/</c> has a name of its own.
/// </summary>
public sealed class ReadmeHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _databaseFile;

    private ReadmeHost(Process process, string baseUrl, string databaseFile)
    {
        _process = process;
        BaseUrl = baseUrl;
        _databaseFile = databaseFile;
    }

    public string BaseUrl { get; }

    /// <summary>What the host printed so far (standard output and error).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ReadmeHost> StartAsync()
    {
        var root = RepositoryRoot();
        var port = FreePort();
        var databaseName = $"readme-test-{Guid.NewGuid():N}.db";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--project", "src/Host", "-c", "Release", "--no-build", "--", "--urls", $"http://127.0.0.1:{port}", $"--Database:SqlitePath=data/{databaseName}" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test runner's own settings must not leak into the host: it gets what a shell would give it.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");

        var process = Process.Start(start)!;
        var host = new ReadmeHost(process, $"http://127.0.0.1:{port}", Path.Combine(root, "src", "Host", "data", databaseName));
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!host.Output.Contains("Demo logins", StringComparison.Ordinal))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var output = host.Output;
                await host.DisposeAsync();
                throw new InvalidOperationException($"The host did not start as the README says (exited: {process.HasExited}). It printed:\n{output}");
            }

            await Task.Delay(250);
        }

        // The banner is printed when Kestrel has started; one more line may still be on its way.
        await Task.Delay(500);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databaseFile + suffix);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorkflowOffice.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (WorkflowOffice.sln) was not found above " + AppContext.BaseDirectory);
    }
}
