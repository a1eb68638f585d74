namespace WorkflowOffice.Host.Components.Pages.Tasks;

/// <summary>A field's error as the page shows it: the form field's name and the message in the reader's language.</summary>
public sealed record FieldErrorView(string Field, string Message);
