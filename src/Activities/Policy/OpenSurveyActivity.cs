using System.Globalization;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;

namespace WorkflowOffice.Activities.Policy;

/// <summary>
/// <c>policy.openSurvey</c> — GOAL-5 (measure beneficiary satisfaction) and GOAL-6.3 (evaluation is the
/// beneficiary's right): opens the case's satisfaction survey through <see cref="ISurveyIssuer"/> and requests
/// the <c>survey-invitation</c> notification with the link. The survey closes after <c>wo:dueIn</c>; the model
/// waits for <c>survey-answered</c> with a boundary timer of the same duration.
/// </summary>
/// <remarks>
/// <para>Inputs: <c>wo:dueIn</c> (ISO 8601 duration, default <c>P14D</c>). Reads <c>caseId</c>, <c>associationId</c>, <c>reference</c>.</para>
/// <para>Outputs <c>surveyClosesAt</c>; the link (it carries the token) goes only into the notification. No outcomes.</para>
/// </remarks>
/// <param name="surveys">Issues survey tokens (idempotent per case).</param>
public sealed class OpenSurveyActivity(ISurveyIssuer surveys) : ICustomActivity
{
    /// <summary>The name used in <c>wo:activity</c>.</summary>
    public const string Name = "policy.openSurvey";

    /// <summary>How long the survey stays open when <c>wo:dueIn</c> is not given.</summary>
    public const string DefaultDueIn = "P14D";

    private readonly ISurveyIssuer _surveys = surveys;

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        Name,
        "GOAL-5: opens the satisfaction survey and sends its link.",
        [new("dueIn", ActivityValueType.Duration, Description: "How long the survey stays open (default P14D).")],
        [new(PolicyVariables.SurveyClosesAt, ActivityValueType.DateTime, "When the survey closes.")],
        []);

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var text = context.Attributes.GetValueOrDefault("dueIn") ?? DefaultDueIn;
        if (!IsoDuration.TryParse(text, out var dueIn))
        {
            throw new InvalidOperationException($"wo:dueIn '{text}' is not an ISO 8601 duration.");
        }

        var caseId = VariableReader.RequiredString(context.Variables, PolicyVariables.CaseId);
        var associationId = VariableReader.RequiredString(context.Variables, PolicyVariables.AssociationId);
        var closesAt = dueIn.AddTo(context.Clock.GetUtcNow());
        var survey = await _surveys.IssueAsync(associationId, caseId, closesAt, context.CancellationToken).ConfigureAwait(false);
        var closes = survey.ClosesAt.ToString("O", CultureInfo.InvariantCulture);
        context.RequestNotification(
            NotificationEvents.SurveyInvitation,
            PolicyRecipients.ForCase(caseId),
            new Dictionary<string, object?>
            {
                [PolicyVariables.CaseId] = caseId,
                [PolicyVariables.AssociationId] = associationId,
                [PolicyVariables.Reference] = VariableReader.OptionalString(context.Variables, PolicyVariables.Reference),
                ["surveyLink"] = survey.Link.ToString(),
                ["closesOn"] = closes,
            });
        return ActivityResult.Complete(outputs: new Dictionary<string, object?> { [PolicyVariables.SurveyClosesAt] = closes });
    }
}
