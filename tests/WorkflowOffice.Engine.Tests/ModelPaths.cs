namespace WorkflowOffice.Engine.Tests;

/// <summary>Finds the benchmark model: ../shared/bench beside the repository (as CI has it), else the copy in Models/.</summary>
internal static class ModelPaths
{
    public static string PolicyLiteCopy => Path.Combine(AppContext.BaseDirectory, "Models", "policy-lite.bpmn");

    public static string PolicyLite([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        // The source file's folder is inside the clone even when build outputs live elsewhere (WO_ARTIFACTS).
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile) ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowOffice.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench", "policy-lite.bpmn"));
                if (File.Exists(shared))
                {
                    return shared;
                }

                break;
            }
        }

        return PolicyLiteCopy;
    }

    /// <summary>A file of the repository, found from this source file's location.</summary>
    public static string InRepository(string folder, string file, [System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowOffice.sln")))
            {
                return Path.Combine(dir.FullName, folder, file);
            }
        }

        throw new FileNotFoundException($"{folder}/{file} not found above {sourceFile}.");
    }
}
