namespace WorkflowOffice.Activities.Notifications;

/// <summary>A template's source text and where it came from (for error messages and the audit of which wording was sent).</summary>
/// <param name="Text">The Handlebars source.</param>
/// <param name="Origin">Where it was found, e.g. <c>file:workflows/templates/associations/BTR/sent-to-committee.ar.sms.hbs</c>.</param>
public sealed record TemplateText(string Text, string Origin);
