namespace WorkflowOffice.Host.Administration;

/// <summary>The association's saved wording of a template: its version, when and by whom it was saved.</summary>
public sealed record TemplateOverrideInfo(string Text, int Version, DateTimeOffset UpdatedAt, string UpdatedByAr, string UpdatedByEn);
