namespace WorkflowOffice.Host.Tasks.Forms;

/// <summary>What a form field accepts from the client.</summary>
public enum TaskFormFieldKind
{
    /// <summary>A string of at most the field's length, without control characters.</summary>
    Text,

    /// <summary>A number (or a string holding one).</summary>
    Number,

    /// <summary>A string or a true/false value (a checkbox that may also carry a short text).</summary>
    TextOrFlag,
}
