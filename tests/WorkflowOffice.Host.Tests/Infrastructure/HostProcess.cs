using System.Diagnostics;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>Runs the built host as a separate process, as an operator would, and captures what it prints.</summary>
public static class HostProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, string? standardInput = null, params string[] arguments)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("wo-host-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            if (standardInput is not null)
            {
                await process.StandardInput.WriteLineAsync(standardInput);
            }

            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The host did not exit within 60 s.");
            }

            return new Result(process.ExitCode, await output, await error);
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
    }
}
