namespace WorkflowOffice.Bench;

/// <summary>Command-line options shared by the benchmarks.</summary>
/// <param name="ModelPath">The BPMN model (default: ../shared/bench/policy-lite.bpmn beside the repository).</param>
/// <param name="Instances">How many instances (0: the benchmark's default).</param>
/// <param name="Workers">Concurrent drivers (0: the benchmark's default).</param>
/// <param name="Extra">Other <c>--name value</c> pairs, for benchmarks that need more.</param>
public sealed record BenchmarkOptions(string ModelPath, int Instances, int Workers, IReadOnlyDictionary<string, string> Extra);
