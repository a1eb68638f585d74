namespace WorkflowOffice.Bench;

/// <summary>One benchmark, selected by <see cref="Name"/> on the command line; found by <see cref="BenchmarkRunner"/>.</summary>
public interface IBenchmark
{
    /// <summary>The NAME on the command line.</summary>
    string Name { get; }

    /// <summary>Runs and returns the figures, printed as one JSON object (insertion order kept).</summary>
    Task<IReadOnlyDictionary<string, object?>> RunAsync(BenchmarkOptions options);
}
