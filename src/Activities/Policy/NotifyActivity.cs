using System.Globalization;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Activities.Policy;

/// <summary>
/// <c>policy.notify</c> — tells the beneficiary or staff what happened, as every step of the procedure requires
/// (STEP-1 answer, STEP-2 what to bring, STEP-3 referral, STEP-5 "sent to the committee, answer within two
/// weeks", the decision with reasons, STEP-6, STEP-7; staff reminders and escalation). It renders nothing: it
/// requests a <see cref="Engine.Runtime.Effects.NotificationRequested"/> effect, which the host renders from the
/// template of the event and language and writes to the outbox in the step's transaction.
/// </summary>
/// <remarks>
/// <para>
/// Inputs: <c>wo:event</c> (required, e.g. <c>items-missing</c>), <c>wo:template</c> (default: the event),
/// <c>wo:recipient</c> (<c>beneficiary</c>, the default, or <c>role:{Role}</c> for the association's staff),
/// <c>wo:dueIn</c> (optional ISO 8601 duration: adds <c>dueDate</c> = now + dueIn). Every <c>wo:input</c> mapping
/// becomes template data, next to <c>caseId</c>, <c>associationId</c> and <c>reference</c>. The data is language-free;
/// the host adds <c>recipientName</c>, <c>associationName</c> and, for staff, <c>caseLink</c>.
/// </para>
/// <para>Outputs <c>dueDate</c> when <c>wo:dueIn</c> is given (map it with <c>wo:output</c> to keep it). No outcomes.</para>
/// </remarks>
public sealed class NotifyActivity : ICustomActivity
{
    /// <summary>The name used in <c>wo:activity</c>.</summary>
    public const string Name = "policy.notify";

    /// <summary>The output and data key of the deadline computed from <c>wo:dueIn</c>.</summary>
    public const string DueDate = "dueDate";

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        Name,
        "Requests a notification (event, recipient, language-free data) for the outbox.",
        [
            new("event", ActivityValueType.String, Required: true, "Notification event, e.g. items-missing."),
            new("template", ActivityValueType.String, Description: "Template name when not the event's."),
            new("recipient", ActivityValueType.String, Description: "beneficiary (default) or role:{Role}."),
            new("dueIn", ActivityValueType.Duration, Description: "Adds dueDate = now + dueIn to the data."),
        ],
        [new(DueDate, ActivityValueType.DateTime, "The deadline computed from wo:dueIn.")],
        []);

    /// <inheritdoc />
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var eventName = context.Attributes.GetValueOrDefault("event");
        if (string.IsNullOrWhiteSpace(eventName))
        {
            throw new InvalidOperationException("policy.notify needs wo:event.");
        }

        var caseId = VariableReader.RequiredString(context.Variables, PolicyVariables.CaseId);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [PolicyVariables.CaseId] = caseId,
            [PolicyVariables.AssociationId] = VariableReader.OptionalString(context.Variables, PolicyVariables.AssociationId),
            [PolicyVariables.Reference] = VariableReader.OptionalString(context.Variables, PolicyVariables.Reference),
        };

        // wo: attributes configure the activity; only wo:input mappings are template data.
        foreach (var (name, value) in context.Inputs)
        {
            if (!context.Attributes.ContainsKey(name))
            {
                data[name] = VariableValues.Normalize(value);
            }
        }

        Dictionary<string, object?>? outputs = null;
        if (context.Attributes.TryGetValue("dueIn", out var dueIn))
        {
            if (!IsoDuration.TryParse(dueIn, out var duration))
            {
                throw new InvalidOperationException($"wo:dueIn '{dueIn}' is not an ISO 8601 duration.");
            }

            var dueDate = duration.AddTo(context.Clock.GetUtcNow()).ToString("O", CultureInfo.InvariantCulture);
            data[DueDate] = dueDate;
            outputs = new Dictionary<string, object?> { [DueDate] = dueDate };
        }

        context.RequestNotification(eventName, Recipient(context, caseId), data);
        return ValueTask.FromResult(ActivityResult.Complete(outputs: outputs));
    }

    private static string Recipient(ActivityContext context, string caseId)
    {
        var recipient = context.Attributes.GetValueOrDefault("recipient") ?? PolicyRecipients.Beneficiary;
        if (recipient == PolicyRecipients.Beneficiary)
        {
            return PolicyRecipients.ForCase(caseId);
        }

        return recipient.StartsWith(PolicyRecipients.RolePrefix, StringComparison.Ordinal) && recipient.Length > PolicyRecipients.RolePrefix.Length
            ? recipient
            : throw new InvalidOperationException($"wo:recipient '{recipient}' is neither 'beneficiary' nor 'role:{{Role}}'.");
    }
}
