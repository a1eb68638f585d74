namespace WorkflowOffice.Bench;

/// <summary>Finds files relative to the repository root (the folder holding WorkflowOffice.sln).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root, searched upwards from the working directory, then from the binaries.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "WorkflowOffice.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (WorkflowOffice.sln not found).");
    }

    /// <summary>../shared/bench/policy-lite.bpmn beside the repository, else the copy kept with the engine tests.</summary>
    public static string DefaultModel()
    {
        var root = Root();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "bench", "policy-lite.bpmn"));
        return File.Exists(shared) ? shared : Path.Combine(root, "tests", "WorkflowOffice.Engine.Tests", "Models", "policy-lite.bpmn");
    }
}
