namespace WorkflowOffice.Activities.Text;

/// <summary>
/// A validation problem tied to one input field, so that a form (staff intake, CH-7 online application) can show the
/// message beside the field that caused it. Serves STEP-2 (the data is matched and checked at submission).
/// </summary>
/// <param name="Field">The field's name as the API and forms use it (camelCase), e.g. <c>nationalId</c>.</param>
/// <param name="Code">A stable machine code, e.g. <c>checkDigit</c>, for clients and tests.</param>
/// <param name="Message">What is wrong and how to fix it, in Arabic and English.</param>
public sealed record FieldError(string Field, string Code, BilingualText Message);
