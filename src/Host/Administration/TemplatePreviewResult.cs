namespace WorkflowOffice.Host.Administration;

/// <summary>A rendered preview (subject for e-mail, body) or the error the template would raise.</summary>
/// <param name="Subject">The rendered subject line (e-mail only).</param>
/// <param name="Body">The rendered body.</param>
/// <param name="Error">What is wrong with the template, or <see langword="null"/>.</param>
/// <param name="Line">The template's line (1-based) the error points at, when it can be told.</param>
public sealed record TemplatePreviewResult(string? Subject, string? Body, string? Error, int? Line = null);
