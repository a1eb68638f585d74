namespace WorkflowOffice.Host.Administration;

/// <summary>The outcome of saving a template: the saved version, or the validation error (with its line) that kept it unsaved.</summary>
public sealed record TemplateSaveResult(int? Version, TemplatePreviewResult? Error);
