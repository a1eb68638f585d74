using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Host.Cases;

/// <summary>Input the policy refuses, field by field (answered as RFC 7807 validation problem details).</summary>
public sealed class CaseValidationException(IReadOnlyList<FieldError> errors)
    : Exception("The request has invalid fields: " + string.Join(", ", errors.Select(e => e.Field)))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static CaseValidationException Single(string field, string code, string ar, string en) =>
        new([new FieldError(field, code, new BilingualText(ar, en))]);
}
