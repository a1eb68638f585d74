namespace WorkflowOffice.Host.Administration;

/// <summary>The body of the live preview call: the key's parts and the edited text.</summary>
public sealed record TemplatePreviewRequest(string Event, string Language, string Channel, string Text);
