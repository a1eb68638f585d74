using WorkflowOffice.Bench;

// dotnet run -c Release --project bench/WorkflowOffice.Bench -- NAME [--model FILE] [--instances N] [--workers N]
// Each benchmark prints one JSON line. A benchmark is one class implementing IBenchmark.
return await BenchmarkRunner.RunAsync(args);
