namespace WorkflowOffice.Host.Policies;

/// <summary>Limits on procedure files (section <c>Policies</c>): checked before anything parses or stores a file.</summary>
public sealed class ProcedureLimits
{
    public const string SectionName = "Policies";

    /// <summary>Largest BPMN file accepted, in bytes of UTF-8 (2 MB by default; the reference procedure is ~60 KB).</summary>
    public int MaxProcedureBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Largest request body on the endpoints that carry a procedure: the file escaped in JSON may be longer than
    /// the file itself, so twice the file limit plus room for the other fields.
    /// </summary>
    public long MaxRequestBytes => (2L * MaxProcedureBytes) + (64 * 1024);
}
