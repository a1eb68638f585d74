namespace WorkflowOffice.Host.Tasks.Forms;

/// <summary>One field a task form declares: its name (the workflow variable it sets), kind and longest value.</summary>
public sealed record TaskFormField(string Name, TaskFormFieldKind Kind, int MaxLength = TaskFormField.DefaultMaxLength)
{
    /// <summary>The length of a notes or answer column.</summary>
    public const int DefaultMaxLength = 4000;
}
