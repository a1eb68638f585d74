using System.Xml.Linq;

namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>
/// What the engine reads of one flow element, as comparable strings. Layout (diagram interchange), the derived
/// <c>incoming</c>/<c>outgoing</c> lists and other vendors' extensions are left out: moving a shape is not a change
/// the board has to approve.
/// </summary>
internal sealed class ElementSnapshot
{
    private static readonly XNamespace Bpmn = BpmnParser.BpmnNamespace;
    private static readonly XNamespace Wo = EngineInfo.ExtensionNamespace;

    private ElementSnapshot(string id, string type, string? name, ElementCategory category)
    {
        Id = id;
        Type = type;
        Name = name;
        Category = category;
    }

    public string Id { get; }

    /// <summary>Local BPMN element name, e.g. <c>userTask</c>.</summary>
    public string Type { get; }

    public string? Name { get; }

    public ElementCategory Category { get; }

    /// <summary>Property → value, in a stable order; absent properties are not listed.</summary>
    public SortedDictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>The name when there is one, otherwise the id: what a reader of the change list recognises.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : Name.Trim();

    /// <summary>Every flow element of every process (sub-process contents included), in document order.</summary>
    public static List<ElementSnapshot> ReadAll(XDocument document)
    {
        var result = new List<ElementSnapshot>();
        var messages = document.Root?.Elements(Bpmn + "message")
            .Where(m => m.Attribute("id") is not null)
            .ToDictionary(m => (string)m.Attribute("id")!, m => (string?)m.Attribute("name") ?? (string)m.Attribute("id")!, StringComparer.Ordinal)
            ?? [];
        foreach (var process in document.Root?.Elements(Bpmn + "process") ?? [])
        {
            ReadContainer(process, messages, result);
        }

        return result;
    }

    private static void ReadContainer(XElement container, Dictionary<string, string> messages, List<ElementSnapshot> result)
    {
        foreach (var child in container.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            var category = Categorise(child.Name.LocalName);
            var id = (string?)child.Attribute("id");
            if (category == ElementCategory.Other || string.IsNullOrEmpty(id))
            {
                continue;
            }

            result.Add(Read(child, id, category, messages));
            if (child.Name.LocalName is "subProcess" or "transaction" or "adHocSubProcess")
            {
                ReadContainer(child, messages, result);
            }
        }
    }

    private static ElementSnapshot Read(XElement element, string id, ElementCategory category, Dictionary<string, string> messages)
    {
        var snapshot = new ElementSnapshot(id, element.Name.LocalName, (string?)element.Attribute("name"), category);
        var properties = snapshot.Properties;
        if (snapshot.Name is { } name)
        {
            properties["name"] = name.Trim();
        }

        foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == Wo))
        {
            properties["wo:" + attribute.Name.LocalName] = attribute.Value.Trim();
        }

        foreach (var attribute in new[] { "sourceRef", "targetRef", "default", "attachedToRef", "cancelActivity" })
        {
            if ((string?)element.Attribute(attribute) is { Length: > 0 } value)
            {
                properties[attribute] = value;
            }
        }

        if (element.Element(Bpmn + "conditionExpression") is { } condition && condition.Value.Trim() is { Length: > 0 } text)
        {
            properties["condition"] = text;
        }

        foreach (var definition in element.Elements().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)))
        {
            ReadEventDefinition(definition, messages, properties);
        }

        if ((string?)element.Attribute("messageRef") is { Length: > 0 } taskMessage)
        {
            properties["message"] = messages.GetValueOrDefault(taskMessage, taskMessage);
        }

        var extensions = element.Element(Bpmn + "extensionElements")?.Elements().Where(e => e.Name.Namespace == Wo) ?? [];
        foreach (var extension in extensions)
        {
            var key = $"wo:{extension.Name.LocalName}:{(string?)extension.Attribute("name") ?? ""}";
            properties[key] = extension.Value.Trim();
        }

        return snapshot;
    }

    private static void ReadEventDefinition(XElement definition, Dictionary<string, string> messages, SortedDictionary<string, string> properties)
    {
        switch (definition.Name.LocalName)
        {
            case "timerEventDefinition":
                foreach (var (element, kind) in new[] { ("timeDuration", "duration"), ("timeDate", "date"), ("timeCycle", "cycle") })
                {
                    if (definition.Element(Bpmn + element) is { } value)
                    {
                        properties["timer"] = $"{kind}:{value.Value.Trim()}";
                    }
                }

                break;
            case "messageEventDefinition":
                var reference = (string?)definition.Attribute("messageRef") ?? "";
                properties["message"] = messages.GetValueOrDefault(reference, reference);
                break;
            default:
                properties["event"] = definition.Name.LocalName;
                break;
        }
    }

    private static ElementCategory Categorise(string localName) => localName switch
    {
        "sequenceFlow" => ElementCategory.Flow,
        "subProcess" or "transaction" or "adHocSubProcess" or "callActivity" => ElementCategory.Step,
        _ when localName.EndsWith("Task", StringComparison.Ordinal) || localName == "task" => ElementCategory.Step,
        _ when localName.EndsWith("Event", StringComparison.Ordinal) => ElementCategory.Event,
        _ when localName.EndsWith("Gateway", StringComparison.Ordinal) => ElementCategory.Gateway,
        _ => ElementCategory.Other,
    };
}
