using System.Globalization;
using System.Text.Json;

namespace WorkflowOffice.Bench;

/// <summary>Parses the command line, finds the benchmark by name and prints its JSON line.</summary>
public static class BenchmarkRunner
{
    /// <summary>Runs the benchmark named by the first argument; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        // Benchmarks are discovered once at start-up, so adding one is adding a class.
        var benchmarks = typeof(BenchmarkRunner).Assembly.GetTypes()
            .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
            .ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
        if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
        {
            await Console.Error.WriteLineAsync($"usage: WorkflowOffice.Bench NAME [--model FILE] [--instances N] [--workers N]; NAME is one of: {string.Join(", ", benchmarks.Keys.Order(StringComparer.Ordinal))}");
            return 2;
        }

        var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            extra[args[i].TrimStart('-')] = args[i + 1];
        }

        var options = new BenchmarkOptions(
            extra.TryGetValue("model", out var model) ? Path.GetFullPath(model) : RepositoryPaths.DefaultModel(),
            extra.TryGetValue("instances", out var n) ? int.Parse(n, CultureInfo.InvariantCulture) : 0,
            extra.TryGetValue("workers", out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : 0,
            extra);
        var figures = await benchmark.RunAsync(options);
        Console.WriteLine(JsonSerializer.Serialize(figures));
        return 0;
    }
}
