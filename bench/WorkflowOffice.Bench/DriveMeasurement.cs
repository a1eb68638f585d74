namespace WorkflowOffice.Bench;

/// <summary>What one measured <see cref="PolicyLiteDriver.MeasureAsync"/> run cost.</summary>
/// <param name="Steps">Starts and completions.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
/// <param name="Cpu">CPU time of this process (all threads).</param>
/// <param name="AllocatedBytes">Bytes allocated by this process.</param>
/// <param name="GcPause">Time the garbage collector paused the process.</param>
/// <param name="Gen0Collections">Generation 0 collections.</param>
/// <param name="Gen2Collections">Generation 2 collections.</param>
internal sealed record DriveMeasurement(long Steps, double Seconds, TimeSpan Cpu, long AllocatedBytes, TimeSpan GcPause, int Gen0Collections, int Gen2Collections);
