using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace WorkflowOffice.Browser.Tests.Infrastructure;

/// <summary>Writes screenshots to <c>tests/WorkflowOffice.Browser.Tests/screenshots/</c> (git-ignored test artefacts).</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(ProjectFolder(), "screenshots");

    public static async Task<string> TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    // The source folder, known at compile time: artefacts land beside the tests whatever the output folder.
    private static string ProjectFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
