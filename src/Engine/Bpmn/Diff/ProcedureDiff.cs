using System.Xml;
using System.Xml.Linq;

namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>
/// Compares two BPMN procedures (the published edition and a proposed one) element by element, by BPMN id, and
/// says what changed in words the board reads: names, <c>wo:</c> attributes (durations in days and hours), timers,
/// conditions and flows. Works on the XML as drawn, so a proposal with validation problems can still be compared;
/// layout-only edits are not changes.
/// </summary>
public static class ProcedureDiff
{
    private const string Arrow = " → ";

    // In Arabic the old value is read first, on the right, so the arrow points leftwards to the new one.
    private const string ArabicArrow = " ← ";

    /// <summary>The changes from <paramref name="oldXml"/> to <paramref name="newXml"/>.</summary>
    /// <exception cref="ArgumentException">One of the texts is not well-formed XML.</exception>
    public static ProcedureChanges Compare(string oldXml, string newXml)
    {
        var oldElements = ElementSnapshot.ReadAll(Load(oldXml, nameof(oldXml)));
        var newElements = ElementSnapshot.ReadAll(Load(newXml, nameof(newXml)));
        var oldById = ById(oldElements);
        var newById = ById(newElements);

        var elements = new List<ElementChange>();
        var lines = new List<ChangeLine>();
        foreach (var proposed in newElements)
        {
            if (!oldById.TryGetValue(proposed.Id, out var published))
            {
                elements.Add(new ElementChange(proposed.Id, "bpmn:" + proposed.Type, proposed.Name, ChangeKind.Added, []));
                lines.Add(DescribeAdded(proposed, newById));
                continue;
            }

            var properties = proposed.Properties.Keys.Union(published.Properties.Keys, StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(key => new PropertyChange(key, published.Properties.GetValueOrDefault(key), proposed.Properties.GetValueOrDefault(key)))
                .Where(change => change.OldValue != change.NewValue)
                .ToList();
            if (published.Type != proposed.Type)
            {
                properties.Insert(0, new PropertyChange("type", "bpmn:" + published.Type, "bpmn:" + proposed.Type));
            }

            if (properties.Count == 0)
            {
                continue;
            }

            elements.Add(new ElementChange(proposed.Id, "bpmn:" + proposed.Type, proposed.Name ?? published.Name, ChangeKind.Changed, properties));
            lines.AddRange(properties.Select(p => DescribeChanged(published, proposed, p, oldById, newById)));
        }

        foreach (var published in oldElements.Where(e => !newById.ContainsKey(e.Id)))
        {
            elements.Add(new ElementChange(published.Id, "bpmn:" + published.Type, published.Name, ChangeKind.Removed, []));
            lines.Add(DescribeRemoved(published, oldById));
        }

        return new ProcedureChanges(elements, lines);
    }

    private static XDocument Load(string xml, string parameter)
    {
        try
        {
            return BpmnParser.LoadXml(xml);
        }
        catch (XmlException ex)
        {
            throw new ArgumentException($"The procedure is not well-formed XML: {ex.Message}", parameter, ex);
        }
    }

    private static Dictionary<string, ElementSnapshot> ById(List<ElementSnapshot> elements)
    {
        // A duplicated id is a validation problem reported elsewhere; the first one wins here.
        var result = new Dictionary<string, ElementSnapshot>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            result.TryAdd(element.Id, element);
        }

        return result;
    }

    private static (string En, string Ar) Noun(ElementCategory category) => category switch
    {
        ElementCategory.Step => ("Step", "خطوة"),
        ElementCategory.Event => ("Event", "حدث"),
        ElementCategory.Gateway => ("Decision point", "نقطة قرار"),
        _ => ("Flow", "مسار"),
    };

    private static string LabelOf(string? id, Dictionary<string, ElementSnapshot> elements) =>
        id is null ? "?" : elements.TryGetValue(id, out var element) ? element.Label : id;

    private static ChangeLine DescribeAdded(ElementSnapshot element, Dictionary<string, ElementSnapshot> elements)
    {
        if (element.Category == ElementCategory.Flow)
        {
            var from = LabelOf(element.Properties.GetValueOrDefault("sourceRef"), elements);
            var to = LabelOf(element.Properties.GetValueOrDefault("targetRef"), elements);
            var en = $"Flow added: {from}{Arrow}{to}";
            var ar = $"مسار مضاف: من «{from}» إلى «{to}»";
            if (element.Properties.TryGetValue("condition", out var condition))
            {
                en += $" (when {condition})";
                ar += $" (عندما {condition})";
            }

            return new ChangeLine(element.Id, ChangeKind.Added, en, ar);
        }

        var noun = Noun(element.Category);
        var english = $"{noun.En} added: {element.Label}";
        var arabic = $"{noun.Ar} مضافة: {element.Label}";
        if (element.Category != ElementCategory.Step)
        {
            arabic = $"{noun.Ar} مضاف: {element.Label}";
        }

        if (element.Properties.TryGetValue("wo:dueIn", out var dueIn))
        {
            var words = DurationWords.Duration(dueIn);
            english += $" (time allowed: {words.En})";
            arabic += $" (المهلة: {words.Ar})";
        }
        else if (element.Properties.TryGetValue("timer", out var timer))
        {
            var words = DurationWords.Timer(timer);
            english += $" (timer: {words.En})";
            arabic += $" (المؤقت: {words.Ar})";
        }

        return new ChangeLine(element.Id, ChangeKind.Added, english, arabic);
    }

    private static ChangeLine DescribeRemoved(ElementSnapshot element, Dictionary<string, ElementSnapshot> elements)
    {
        if (element.Category == ElementCategory.Flow)
        {
            var from = LabelOf(element.Properties.GetValueOrDefault("sourceRef"), elements);
            var to = LabelOf(element.Properties.GetValueOrDefault("targetRef"), elements);
            return new ChangeLine(element.Id, ChangeKind.Removed, $"Flow removed: {from}{Arrow}{to}", $"مسار محذوف: من «{from}» إلى «{to}»");
        }

        var noun = Noun(element.Category);
        var arabic = element.Category == ElementCategory.Step ? $"{noun.Ar} محذوفة: {element.Label}" : $"{noun.Ar} محذوف: {element.Label}";
        return new ChangeLine(element.Id, ChangeKind.Removed, $"{noun.En} removed: {element.Label}", arabic);
    }

    private static ChangeLine DescribeChanged(
        ElementSnapshot published,
        ElementSnapshot proposed,
        PropertyChange change,
        Dictionary<string, ElementSnapshot> oldElements,
        Dictionary<string, ElementSnapshot> newElements)
    {
        var label = proposed.Label;
        string en;
        string ar;
        switch (change.Property)
        {
            case "name":
                en = $"Renamed: {published.Label}{Arrow}{proposed.Label}";
                ar = $"تغيّر الاسم: {published.Label}{ArabicArrow}{proposed.Label}";
                break;
            case "timer":
                var oldTimer = DurationWords.Timer(change.OldValue);
                var newTimer = DurationWords.Timer(change.NewValue);
                en = $"{label}: {oldTimer.En}{Arrow}{newTimer.En}";
                ar = $"{label}: {oldTimer.Ar}{ArabicArrow}{newTimer.Ar}";
                break;
            case "wo:dueIn" or "wo:remindBefore":
                var oldDuration = DurationWords.Duration(change.OldValue);
                var newDuration = DurationWords.Duration(change.NewValue);
                var (enWhat, arWhat) = change.Property == "wo:dueIn" ? ("time allowed", "المهلة") : ("reminder before the deadline", "التذكير قبل الموعد");
                en = $"{label} — {enWhat}: {oldDuration.En}{Arrow}{newDuration.En}";
                ar = $"{label} — {arWhat}: {oldDuration.Ar}{ArabicArrow}{newDuration.Ar}";
                break;
            case "condition":
                en = $"Condition changed on flow {label}: {Value(change.OldValue, false)}{Arrow}{Value(change.NewValue, false)}";
                ar = $"تغيّر الشرط على المسار {label}: {Value(change.OldValue, true)}{ArabicArrow}{Value(change.NewValue, true)}";
                break;
            case "targetRef" or "sourceRef":
                var oldEnd = LabelOf(change.OldValue, oldElements);
                var newEnd = LabelOf(change.NewValue, newElements);
                var towards = change.Property == "targetRef";
                en = $"Flow {label} now {(towards ? "leads to" : "starts from")} {newEnd} (was {oldEnd})";
                ar = $"المسار {label} {(towards ? "يؤدي الآن إلى" : "يبدأ الآن من")} «{newEnd}» (كان «{oldEnd}»)";
                break;
            case "default":
                en = $"{label} — default path: {LabelOf(change.OldValue, oldElements)}{Arrow}{LabelOf(change.NewValue, newElements)}";
                ar = $"{label} — المسار الافتراضي: {LabelOf(change.OldValue, oldElements)}{ArabicArrow}{LabelOf(change.NewValue, newElements)}";
                break;
            default:
                var (enName, arName) = PropertyWords(change.Property);
                en = $"{label} — {enName}: {Value(change.OldValue, false)}{Arrow}{Value(change.NewValue, false)}";
                ar = $"{label} — {arName}: {Value(change.OldValue, true)}{ArabicArrow}{Value(change.NewValue, true)}";
                break;
        }

        return new ChangeLine(proposed.Id, ChangeKind.Changed, en, ar);
    }

    private static string Value(string? value, bool arabic) => value ?? (arabic ? "(لا شيء)" : "(none)");

    private static (string En, string Ar) PropertyWords(string property) => property switch
    {
        "wo:role" => ("roles", "الأدوار"),
        "wo:activity" => ("activity", "النشاط"),
        "wo:template" => ("notification template", "قالب الإشعار"),
        "wo:outcomes" => ("outcomes", "النتائج"),
        "wo:requiredItems" => ("required items", "المتطلبات"),
        "wo:priority" => ("priority", "الأولوية"),
        "wo:form" => ("form", "النموذج"),
        "wo:correlationKey" => ("correlation key", "مفتاح الربط"),
        "attachedToRef" => ("attached to", "مرتبط بـ"),
        "cancelActivity" => ("interrupts the step", "يقطع الخطوة"),
        "message" => ("message", "الرسالة"),
        "type" => ("element type", "نوع العنصر"),
        _ when property.StartsWith("wo:input:", StringComparison.Ordinal) => ($"input {property[9..]}", $"المدخل {property[9..]}"),
        _ when property.StartsWith("wo:output:", StringComparison.Ordinal) => ($"output {property[10..]}", $"المخرج {property[10..]}"),
        _ => (property, property),
    };
}
