using WorkflowOffice.Engine.Activities;

namespace WorkflowOffice.Activities.Policy;

/// <summary>
/// <c>policy.recordInquiry</c> — STEP-1 (receive the beneficiary and answer every enquiry) and GOAL-3: classifies
/// what came in through any channel as an enquiry only, which ends once answered, or a support request, which
/// goes on to verification. The host has already stored the enquiry or request row at intake; this step puts the
/// classification on the case's timeline.
/// </summary>
/// <remarks>
/// <para>Reads the variables <c>requestKind</c> (<c>inquiry</c> or <c>support</c>, default <c>support</c>) and <c>answer</c>.</para>
/// <para>Outputs <c>inquiryOnly</c> and <c>answered</c> (the enquiry already has an answer, e.g. given on the phone).</para>
/// <para>Outcomes: <c>inquiry</c> or <c>request</c>.</para>
/// </remarks>
public sealed class RecordInquiryActivity : ICustomActivity
{
    /// <summary>The name used in <c>wo:activity</c>.</summary>
    public const string Name = "policy.recordInquiry";

    /// <summary>Outcome for an enquiry only.</summary>
    public const string InquiryOutcome = "inquiry";

    /// <summary>Outcome for a support request.</summary>
    public const string RequestOutcome = "request";

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        Name,
        "STEP-1: records whether the contact is an enquiry only or a support request.",
        [],
        [
            new(PolicyVariables.InquiryOnly, ActivityValueType.Boolean, "True when the case is an enquiry only."),
            new(PolicyVariables.Answered, ActivityValueType.Boolean, "True when the enquiry already has an answer."),
        ],
        [InquiryOutcome, RequestOutcome]);

    /// <inheritdoc />
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var kind = VariableReader.OptionalString(context.Variables, PolicyVariables.RequestKind) ?? "support";
        var inquiryOnly = kind switch
        {
            "inquiry" => true,
            "support" => false,
            _ => throw new InvalidOperationException($"The variable 'requestKind' is '{kind}'; expected 'inquiry' or 'support'."),
        };
        var answered = !string.IsNullOrWhiteSpace(VariableReader.OptionalString(context.Variables, PolicyVariables.Answer));
        return ValueTask.FromResult(ActivityResult.Complete(
            inquiryOnly ? InquiryOutcome : RequestOutcome,
            new Dictionary<string, object?>
            {
                [PolicyVariables.InquiryOnly] = inquiryOnly,
                [PolicyVariables.Answered] = inquiryOnly && answered,
            }));
    }
}
