namespace WorkflowOffice.Host.Cases;

/// <summary>The <c>Cases</c> section.</summary>
public sealed class CasesOptions
{
    public const string SectionName = "Cases";

    /// <summary>Largest uploaded document, in bytes (default 5 MB).</summary>
    public int MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Accepted upload types.</summary>
    public IReadOnlyList<string> AllowedUploadTypes { get; set; } = ["application/pdf", "image/jpeg", "image/png"];
}
