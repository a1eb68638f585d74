namespace WorkflowOffice.Host.Administration;

/// <summary>A rendered preview (subject for e-mail, body) or the error the template would raise.</summary>
public sealed record TemplatePreviewResult(string? Subject, string? Body, string? Error);
