using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Cases;

/// <summary>
/// Groups a case's journal by policy step. Each BPMN element cites its clause in its documentation (see
/// <c>workflows/README.md</c>), so the step of an element is the first <c>STEP-n</c> (or <c>GOAL-5</c>) it cites;
/// elements citing none (gateways, ends) belong to the step the case was in.
/// </summary>
public static partial class CaseFileSteps
{
    public const string Other = "OTHER";

    // The step each notification event serves: several steps can run within the same second (a vote that
    // registers the case at once), so the event, not the time, says where a message belongs.
    private static readonly Dictionary<string, string> EventSteps = new(StringComparer.Ordinal)
    {
        ["support-request"] = "STEP-1",
        [NotificationEvents.InquiryAnswered] = "STEP-1",
        [NotificationEvents.ItemsMissing] = "STEP-2",
        [NotificationEvents.ItemsReminder] = "STEP-2",
        [NotificationEvents.ReferredToResearch] = "STEP-3",
        [NotificationEvents.AttestationCode] = "STEP-4",
        [NotificationEvents.SentToCommittee] = "STEP-5",
        [NotificationEvents.CommitteeAccepted] = "STEP-5",
        [NotificationEvents.CommitteeRejected] = "STEP-5",
        [NotificationEvents.CommitteeReminder] = "STEP-5",
        [NotificationEvents.CommitteeEscalation] = "STEP-5",
        [NotificationEvents.RegistrationCompleted] = "STEP-6",
        [NotificationEvents.ServiceDelivered] = "STEP-7",
        [NotificationEvents.SurveyInvitation] = "GOAL-5",
    };

    /// <summary>The step a communication's event (its subject) belongs to, if known.</summary>
    public static string? StepOfEvent(string? subject) =>
        subject is not null && EventSteps.TryGetValue(subject, out var step) ? step : null;

    /// <summary>The step of each element of a BPMN document (element id → clause id).</summary>
    public static Dictionary<string, string> StepsOf(string bpmnXml)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(bpmnXml))
        {
            return result;
        }

        XDocument document;
        try
        {
            document = WorkflowOffice.Engine.Bpmn.BpmnParser.LoadXml(bpmnXml);
        }
        catch (System.Xml.XmlException)
        {
            return result;
        }

        foreach (var element in document.Descendants())
        {
            var id = (string?)element.Attribute("id");
            var documentation = element.Elements().FirstOrDefault(e => e.Name.LocalName == "documentation")?.Value;
            if (id is not null && documentation is not null && Clause().Match(documentation) is { Success: true } match)
            {
                result[id] = match.Value;
            }
        }

        return result;
    }

    /// <summary>
    /// The steps in the order they started. <paramref name="extras"/> are communications, documents and decisions;
    /// an extra with a known step (<see cref="TimelineEntry.ElementId"/> holding a clause id) goes there, otherwise
    /// under the step the case was in at that time.
    /// </summary>
    public static IReadOnlyList<CaseFileStep> Group(
        IReadOnlyList<JournalEntry> journal,
        IReadOnlyDictionary<string, string> stepOfElement,
        IReadOnlyList<TimelineEntry> extras,
        IReadOnlySet<string> openElements,
        Func<string?, (string Ar, string En)?> actorName)
    {
        var builders = new List<Builder>();
        var byId = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var timeline = new List<(DateTimeOffset At, Builder Step)>();
        Builder? current = null;
        foreach (var entry in journal.OrderBy(e => e.Sequence))
        {
            var stepId = entry.ElementId is not null && stepOfElement.TryGetValue(entry.ElementId, out var s) ? s : null;
            if (stepId is null && current is null)
            {
                // The instance's start line: it belongs to the first step that follows.
                continue;
            }

            if (stepId is not null)
            {
                if (!byId.TryGetValue(stepId, out var builder))
                {
                    builder = new Builder(stepId, entry.At);
                    byId[stepId] = builder;
                    builders.Add(builder);
                }

                if (builder != current)
                {
                    timeline.Add((entry.At, builder));
                }

                current = builder;
            }

            current!.Last = entry.At;
            if (entry.ElementId is not null && openElements.Contains(entry.ElementId))
            {
                current.Open = true;
            }

            if (entry.Kind is JournalKind.TaskCompleted or JournalKind.TaskClaimed && actorName(entry.Actor) is { } name)
            {
                if (!current.ActorsAr.Contains(name.Ar))
                {
                    current.ActorsAr.Add(name.Ar);
                    current.ActorsEn.Add(name.En);
                }
            }

            if (entry.Kind == JournalKind.TaskCompleted && entry.Detail is { Length: > 0 } outcome)
            {
                current.Outcome = outcome;
            }
        }

        foreach (var extra in extras.OrderBy(e => e.At))
        {
            var target = extra.ElementId is { } clause && byId.TryGetValue(clause, out var known)
                ? known
                : timeline.LastOrDefault(t => t.At <= extra.At).Step ?? builders.FirstOrDefault();
            if (target is null)
            {
                target = new Builder(Other, extra.At);
                byId[Other] = target;
                builders.Add(target);
            }

            target.Items.Add(extra);
        }

        return [.. builders.Select(b => new CaseFileStep(b.StepId, b.Started, b.Open ? null : b.Last, b.ActorsAr, b.ActorsEn, b.Outcome, b.Items))];
    }

    [GeneratedRegex(@"\b(STEP-\d+|GOAL-5)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Clause();

    private sealed class Builder(string stepId, DateTimeOffset started)
    {
        public string StepId { get; } = stepId;

        public DateTimeOffset Started { get; } = started;

        public DateTimeOffset Last { get; set; } = started;

        public bool Open { get; set; }

        public string? Outcome { get; set; }

        public List<string> ActorsAr { get; } = [];

        public List<string> ActorsEn { get; } = [];

        public List<TimelineEntry> Items { get; } = [];
    }
}
