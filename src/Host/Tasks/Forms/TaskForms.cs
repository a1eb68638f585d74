using System.Globalization;
using System.Text.Json;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Activities.Text;
using WorkflowOffice.Host.Api;
using WorkflowOffice.Host.Cases;

namespace WorkflowOffice.Host.Tasks.Forms;

/// <summary>
/// The fields each task form (<c>wo:form</c>) declares. A completion's <c>data</c> is checked against them: a
/// declared field must have its kind and length and no control characters; anything else (notably the reserved
/// variables such as <c>caseId</c> or <c>associationId</c>) never reaches the workflow.
/// </summary>
public static class TaskForms
{
    private static readonly TaskFormField Notes = new("notes", TaskFormFieldKind.Text);

    /// <summary>Declared fields per form key; a form not listed (or none) takes <see cref="DefaultFields"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<TaskFormField>> Declared { get; } = new Dictionary<string, IReadOnlyList<TaskFormField>>(StringComparer.Ordinal)
    {
        ["committee-vote"] = [new(PolicyVariables.Reasons, TaskFormFieldKind.Text, 2000)],
        ["attestation"] = [new("method", TaskFormFieldKind.Text, 16), new("code", TaskFormFieldKind.Text, 16), new("signature", TaskFormFieldKind.Text, 200_000)],
        ["service-delivery"] =
        [
            new("serviceName", TaskFormFieldKind.Text, 200), new("deliveredOn", TaskFormFieldKind.Text, 10),
            new("quantity", TaskFormFieldKind.Number), new("amount", TaskFormFieldKind.Number), Notes,
        ],
        ["inquiry-answer"] = [new(PolicyVariables.Answer, TaskFormFieldKind.Text)],
        ["research-consultation"] = [new("questionsAnswered", TaskFormFieldKind.TextOrFlag), Notes],
    };

    /// <summary>The fields of any other form: notes only (the outcome is chosen by its own field).</summary>
    public static IReadOnlyList<TaskFormField> DefaultFields { get; } = [Notes];

    public static IReadOnlyList<TaskFormField> FieldsOf(string? form) =>
        form is not null && Declared.TryGetValue(form, out var fields) ? fields : DefaultFields;

    /// <summary>
    /// The workflow variables a completion of <paramref name="form"/> may set: the declared fields only, converted to
    /// engine values. Throws <see cref="CaseValidationException"/> naming each invalid field (<c>data.name</c>).
    /// </summary>
    public static Dictionary<string, object?> Accept(string? form, IReadOnlyDictionary<string, JsonElement>? data)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (data is null)
        {
            return result;
        }

        var errors = new List<FieldError>();
        foreach (var field in FieldsOf(form))
        {
            if (!data.TryGetValue(field.Name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue;
            }

            if (Convert(field, value) is { } error)
            {
                errors.Add(error);
            }
            else
            {
                result[field.Name] = field.Kind == TaskFormFieldKind.Number && value.ValueKind == JsonValueKind.String
                    ? decimal.Parse(value.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture)
                    : JsonVariables.Convert(value);
            }
        }

        return errors.Count > 0 ? throw new CaseValidationException(errors) : result;
    }

    private static FieldError? Convert(TaskFormField field, JsonElement value)
    {
        var name = "data." + field.Name;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString() ?? "";
                if (text.Length > field.MaxLength)
                {
                    return new FieldError(name, "tooLong", new BilingualText(
                        string.Create(CultureInfo.InvariantCulture, $"النص أطول من {field.MaxLength} حرفًا."),
                        string.Create(CultureInfo.InvariantCulture, $"The text is longer than {field.MaxLength} characters.")));
                }

                if (InputText.HasControlCharacters(text))
                {
                    return new FieldError(name, "controlCharacters", InputText.ControlCharactersMessage);
                }

                return field.Kind == TaskFormFieldKind.Number && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                    ? NotANumber(name)
                    : null;
            case JsonValueKind.Number:
                return field.Kind == TaskFormFieldKind.Number && value.TryGetDecimal(out _) ? null : WrongKind(name);
            case JsonValueKind.True or JsonValueKind.False:
                return field.Kind == TaskFormFieldKind.TextOrFlag ? null : WrongKind(name);
            default:
                return WrongKind(name);
        }
    }

    private static FieldError NotANumber(string name) =>
        new(name, "number", new BilingualText("يرجى إدخال رقم.", "Please enter a number."));

    private static FieldError WrongKind(string name) =>
        new(name, "kind", new BilingualText("قيمة هذا الحقل من نوع غير مقبول.", "This field's value is of the wrong kind."));
}
