using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace WorkflowOffice.Bench;

/// <summary>Runs PostgreSQL's own pgbench against the benchmark's database, for a reference figure on the same server.</summary>
internal static partial class Pgbench
{
    private const string Binary = "/usr/lib/postgresql/15/bin/pgbench";

    /// <summary><c>pgbench -i</c>: pgbench's tables (scale 1) in the target database.</summary>
    public static Task InitAsync(NpgsqlConnectionStringBuilder target) => RunAsync(target, "-i", "-q");

    /// <summary><c>pgbench -N -c clients -j 2 -T seconds</c> (after <see cref="InitAsync"/>); returns transactions per second.</summary>
    public static async Task<double> MeasureTpsAsync(NpgsqlConnectionStringBuilder target, int clients, int seconds)
    {
        var output = await RunAsync(target, "-N", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", seconds.ToString(CultureInfo.InvariantCulture));
        var match = TpsLine().Match(output);
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"pgbench printed no tps line:\n{output}");
    }

    private static async Task<string> RunAsync(NpgsqlConnectionStringBuilder target, params string[] arguments)
    {
        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (option, value) in new[] { ("-h", target.Host), ("-p", target.Port.ToString(CultureInfo.InvariantCulture)), ("-U", target.Username), (null, target.Database) })
        {
            if (option is not null)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(value!);
        }

        if (!string.IsNullOrEmpty(target.Password))
        {
            start.Environment["PGPASSWORD"] = target.Password;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output + await error
            : throw new InvalidOperationException($"pgbench {string.Join(' ', arguments)} failed: {await error}");
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();
}
