using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Activities.Verification;
using WorkflowOffice.Engine.Activities;

namespace WorkflowOffice.Activities.Policy;

/// <summary>
/// <c>policy.verifyRequirements</c> — STEP-2: makes sure every required item of the case's support type is
/// provided, matches the data (identifier formats) and checks validity on the submission date, by running
/// <see cref="RequirementsCheck"/> on the facts read through <see cref="ICaseFacts"/>. Run again after the
/// beneficiary brings missing items (message <c>items-submitted</c>).
/// </summary>
/// <remarks>
/// <para>Reads the variable <c>caseId</c>.</para>
/// <para>
/// Outputs <c>requirementsComplete</c> and <c>missingItems</c>: a list of <c>{code, kind, reason, ar, en}</c> in
/// checklist order (empty when complete), language-free except for the ready texts in both languages.
/// </para>
/// <para>Outcomes: <c>complete</c> or <c>missing</c>.</para>
/// </remarks>
/// <param name="facts">Reads the case.</param>
public sealed class VerifyRequirementsActivity(ICaseFacts facts) : ICustomActivity
{
    /// <summary>The name used in <c>wo:activity</c>.</summary>
    public const string Name = "policy.verifyRequirements";

    private readonly ICaseFacts _facts = facts;

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        Name,
        "STEP-2: checks the required items and their validity on the submission date.",
        [],
        [
            new(PolicyVariables.RequirementsComplete, ActivityValueType.Boolean, "True when nothing is missing."),
            new(PolicyVariables.MissingItems, ActivityValueType.List, "What is missing, expired or invalid: {code, kind, reason, ar, en}."),
        ],
        [RequirementsCheck.Complete, RequirementsCheck.Missing]);

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var caseId = VariableReader.RequiredString(context.Variables, PolicyVariables.CaseId);
        var @case = await _facts.GetCaseAsync(caseId, context.CancellationToken).ConfigureAwait(false);
        var result = RequirementsCheck.Check(@case.SupportType.RequiredItems, @case.Fields, @case.Documents, @case.SubmittedOn);
        var missing = result.MissingItems
            .Select(m => (object?)new Dictionary<string, object?>
            {
                ["code"] = m.Item.Code,
                ["kind"] = m.Item.Kind.ToString(),
                ["reason"] = m.Reason.ToString(),
                ["ar"] = m.Message.Ar,
                ["en"] = m.Message.En,
            })
            .ToList();
        return ActivityResult.Complete(result.Outcome, new Dictionary<string, object?>
        {
            [PolicyVariables.RequirementsComplete] = result.IsComplete,
            [PolicyVariables.MissingItems] = missing,
        });
    }
}
