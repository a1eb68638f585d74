using System.Globalization;
using System.Xml.Linq;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Expressions;

namespace WorkflowOffice.Engine.Bpmn;

/// <summary>One pass over a BPMN document: collects nodes and flows, then resolves and validates them.</summary>
internal sealed class BpmnReader(ActivityRegistry activities)
{
    private static readonly XNamespace Bpmn = BpmnParser.BpmnNamespace;
    private static readonly XNamespace Wo = EngineInfo.ExtensionNamespace;

    // Elements that carry no execution semantics: kept in the file, ignored by the engine.
    private static readonly HashSet<string> IgnoredInContainer = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "laneSet", "textAnnotation", "association", "group",
        "dataObject", "dataObjectReference", "dataStoreReference", "ioSpecification", "property", "incoming", "outgoing",
    };

    private static readonly HashSet<string> IgnoredInNode = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "incoming", "outgoing", "ioSpecification", "property",
        "dataInputAssociation", "dataOutputAssociation", "timerEventDefinition", "messageEventDefinition", "terminateEventDefinition",
    };

    private readonly ActivityRegistry _activities = activities;
    private readonly List<ValidationProblem> _problems = [];
    private readonly List<FlowNode> _nodes = [];
    private readonly List<XElement> _elements = [];
    private readonly List<RawFlow> _flows = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flowIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);
    private readonly HashSet<int> _activityNodes = [];

    public ParseResult Read(XDocument document, string xml, string? key, int version)
    {
        var root = document.Root!;
        if (root.Name != Bpmn + "definitions")
        {
            return new ParseResult(null, [new ValidationProblem("", $"The root element is {root.Name.LocalName}, not bpmn:definitions in {BpmnParser.BpmnNamespace}.")]);
        }

        foreach (var message in root.Elements(Bpmn + "message"))
        {
            var id = (string?)message.Attribute("id");
            if (id is not null)
            {
                _messages[id] = (string?)message.Attribute("name") ?? id;
            }
        }

        var processes = root.Elements(Bpmn + "process").ToList();
        if (processes.Count == 0)
        {
            return new ParseResult(null, [new ValidationProblem("", "The file has no bpmn:process.")]);
        }

        if (processes.Count > 1)
        {
            var executable = processes.Where(p => (string?)p.Attribute("isExecutable") == "true").ToList();
            if (executable.Count == 1)
            {
                processes = executable;
            }
            else
            {
                _problems.Add(new ValidationProblem(Id(processes[1]), "Only one executable process per file is supported."));
            }
        }

        var process = processes[0];
        var processId = Id(process);
        ReadContainer(process, -1);
        ResolveFlows();
        var start = CheckScope(process, processId, -1);
        foreach (var node in _nodes)
        {
            CheckNode(node);
        }

        if (start >= 0)
        {
            CheckReachability(start);
        }

        if (_problems.Count > 0)
        {
            return new ParseResult(null, _problems);
        }

        var definition = new ProcessDefinition(key ?? processId, version, processId, (string?)process.Attribute("name"), xml, _nodes, start);
        return new ParseResult(definition, []);
    }

    private static string Id(XElement element) => (string?)element.Attribute("id") ?? "";

    private static string Qualified(XElement element) => "bpmn:" + element.Name.LocalName;

    private void Problem(string elementId, string message) => _problems.Add(new ValidationProblem(elementId, message));

    private void ReadContainer(XElement container, int scope)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name.Namespace != Bpmn)
            {
                continue;
            }

            var local = child.Name.LocalName;
            if (local == "sequenceFlow")
            {
                var id = Id(child);
                if (id.Length == 0)
                {
                    Problem(Id(container), "A bpmn:sequenceFlow has no id.");
                    continue;
                }

                if (!_flowIds.Add(id) || _ids.ContainsKey(id))
                {
                    Problem(id, "The id is used by more than one element.");
                }

                var condition = child.Element(Bpmn + "conditionExpression")?.Value.Trim();
                _flows.Add(new RawFlow(id, (string?)child.Attribute("sourceRef"), (string?)child.Attribute("targetRef"), string.IsNullOrEmpty(condition) ? null : condition, scope));
                continue;
            }

            if (IgnoredInContainer.Contains(local))
            {
                continue;
            }

            var kind = KindOf(child);
            if (kind is null)
            {
                continue;
            }

            var nodeId = Id(child);
            if (nodeId.Length == 0)
            {
                Problem(Id(container), $"A {Qualified(child)} has no id.");
                continue;
            }

            if (_ids.ContainsKey(nodeId) || _flowIds.Contains(nodeId))
            {
                Problem(nodeId, "The id is used by more than one element.");
                continue;
            }

            var node = new FlowNode(_nodes.Count, nodeId, Qualified(child), kind.Value)
            {
                Name = (string?)child.Attribute("name"),
                Scope = scope,
            };
            _nodes.Add(node);
            _elements.Add(child);
            _ids[nodeId] = node.Index;
            if (local.EndsWith("Task", StringComparison.Ordinal) || local == "subProcess")
            {
                _activityNodes.Add(node.Index);
            }

            ReadNodeDetails(node, child);
            if (kind == NodeKind.SubProcess)
            {
                ReadContainer(child, node.Index);
            }
        }
    }

    private NodeKind? KindOf(XElement element)
    {
        var id = Id(element);
        var definitions = element.Elements().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
        foreach (var definition in definitions)
        {
            if (definition.Name.LocalName is not ("timerEventDefinition" or "messageEventDefinition" or "terminateEventDefinition"))
            {
                Problem(id, $"{Qualified(definition)} is not supported.");
                return null;
            }
        }

        if (definitions.Count > 1)
        {
            Problem(id, "An event with several event definitions is not supported.");
            return null;
        }

        var definitionName = definitions.Count == 1 ? definitions[0].Name.LocalName : null;
        switch (element.Name.LocalName)
        {
            case "startEvent":
                if (definitionName is not null)
                {
                    Problem(id, $"bpmn:{definitionName} on a start event is not supported (only none start events).");
                    return null;
                }

                return NodeKind.StartEvent;
            case "endEvent":
                return definitionName switch
                {
                    null => NodeKind.EndEvent,
                    "terminateEventDefinition" => NodeKind.TerminateEndEvent,
                    _ => Unsupported($"bpmn:{definitionName} on an end event is not supported."),
                };
            case "userTask":
                return NodeKind.UserTask;
            case "serviceTask" or "sendTask":
                return NodeKind.ServiceTask;
            case "receiveTask":
                return element.Attribute(Wo + "activity") is null && element.Attribute("messageRef") is not null ? NodeKind.MessageCatchEvent : NodeKind.ServiceTask;
            case "exclusiveGateway":
                return NodeKind.ExclusiveGateway;
            case "parallelGateway":
                return NodeKind.ParallelGateway;
            case "intermediateCatchEvent":
                return definitionName switch
                {
                    "timerEventDefinition" => NodeKind.TimerCatchEvent,
                    "messageEventDefinition" => NodeKind.MessageCatchEvent,
                    _ => Unsupported("An intermediate catch event needs a timer or a message definition."),
                };
            case "boundaryEvent":
                return definitionName is "timerEventDefinition" or "messageEventDefinition"
                    ? NodeKind.BoundaryEvent
                    : Unsupported("A boundary event needs a timer or a message definition.");
            case "subProcess":
                if ((string?)element.Attribute("triggeredByEvent") == "true")
                {
                    return Unsupported("Event sub-processes (bpmn:subProcess triggeredByEvent) are not supported.");
                }

                return NodeKind.SubProcess;
            default:
                return Unsupported($"{Qualified(element)} is not supported.");
        }

        NodeKind? Unsupported(string message)
        {
            Problem(id, message);
            return null;
        }
    }

    private void ReadNodeDetails(FlowNode node, XElement element)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.Namespace == Bpmn && !IgnoredInNode.Contains(child.Name.LocalName) && node.Kind != NodeKind.SubProcess)
            {
                Problem(node.Id, $"{Qualified(child)} is not supported.");
            }
            else if (child.Name.Namespace == Bpmn && node.Kind == NodeKind.SubProcess && child.Name.LocalName.EndsWith("LoopCharacteristics", StringComparison.Ordinal))
            {
                Problem(node.Id, $"{Qualified(child)} is not supported.");
            }
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.Name.Namespace == Wo)
            {
                attributes[attribute.Name.LocalName] = attribute.Value;
            }
        }

        node.Attributes = attributes;
        var extensions = element.Element(Bpmn + "extensionElements");
        node.Inputs = ReadMappings(node, extensions, "input");
        node.Outputs = ReadMappings(node, extensions, "output");

        if (attributes.TryGetValue("role", out var roles))
        {
            node.CandidateRoles = SplitList(roles);
        }

        if (attributes.TryGetValue("outcomes", out var outcomes))
        {
            node.Outcomes = SplitList(outcomes);
        }

        if (attributes.TryGetValue("form", out var form))
        {
            node.Form = form;
        }

        if (attributes.TryGetValue("dueIn", out var dueIn))
        {
            if (IsoDuration.TryParse(dueIn, out var duration))
            {
                node.DueIn = duration;
            }
            else
            {
                Problem(node.Id, $"wo:dueIn '{dueIn}' is not an ISO 8601 duration (e.g. P14D).");
            }
        }

        if (attributes.TryGetValue("remindBefore", out var remind) && !IsoDuration.TryParse(remind, out _))
        {
            Problem(node.Id, $"wo:remindBefore '{remind}' is not an ISO 8601 duration (e.g. P2D).");
        }

        if (attributes.TryGetValue("priority", out var priority))
        {
            if (int.TryParse(priority, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p))
            {
                node.Priority = p;
            }
            else
            {
                Problem(node.Id, $"wo:priority '{priority}' is not a whole number.");
            }
        }

        if (attributes.TryGetValue("correlationKey", out var correlation))
        {
            node.CorrelationKey = ParseFeel(node.Id, "wo:correlationKey", correlation);
        }

        if (attributes.TryGetValue("activity", out var activityName) && node.Kind == NodeKind.ServiceTask)
        {
            if (_activities.TryGet(activityName, out var activity))
            {
                node.Activity = activity;
                foreach (var input in activity.Descriptor.Inputs.Where(i => i.Required))
                {
                    if (!node.Inputs.Any(i => i.Key == input.Name) && !attributes.ContainsKey(input.Name))
                    {
                        Problem(node.Id, $"Activity '{activityName}' needs the input '{input.Name}' (wo:input or wo:{input.Name}).");
                    }
                }
            }
            else
            {
                Problem(node.Id, $"Activity '{activityName}' (wo:activity) is not registered.");
            }
        }

        var timer = element.Element(Bpmn + "timerEventDefinition");
        if (timer is not null)
        {
            ReadTimer(node, timer);
        }

        var message = element.Element(Bpmn + "messageEventDefinition");
        if (message is not null || node.Kind == NodeKind.MessageCatchEvent)
        {
            var messageRef = (string?)(message ?? element).Attribute("messageRef");
            if (string.IsNullOrEmpty(messageRef))
            {
                Problem(node.Id, "The message event has no messageRef.");
            }
            else if (_messages.TryGetValue(messageRef, out var name))
            {
                node.MessageName = name;
            }
            else
            {
                Problem(node.Id, $"The message event refers to an unknown bpmn:message '{messageRef}'.");
            }
        }

        if (node.Kind == NodeKind.BoundaryEvent)
        {
            node.CancelActivity = (string?)element.Attribute("cancelActivity") != "false";
        }
    }

    private void ReadTimer(FlowNode node, XElement timer)
    {
        var forms = new (string Name, TimerKind Kind)[] { ("timeDuration", TimerKind.Duration), ("timeDate", TimerKind.Date), ("timeCycle", TimerKind.Cycle) };
        var found = forms.Where(f => timer.Element(Bpmn + f.Name) is not null).ToList();
        if (found.Count != 1)
        {
            Problem(node.Id, "The timer needs exactly one of timeDuration, timeDate or timeCycle.");
            return;
        }

        var text = timer.Element(Bpmn + found[0].Name)!.Value;
        if (TimerDefinition.TryParse(found[0].Kind, text, out var definition, out var error))
        {
            node.Timer = definition;
        }
        else
        {
            Problem(node.Id, $"bpmn:{found[0].Name}: {error}.");
        }
    }

    private List<KeyValuePair<string, FeelExpression>> ReadMappings(FlowNode node, XElement? extensions, string kind)
    {
        var result = new List<KeyValuePair<string, FeelExpression>>();
        if (extensions is null)
        {
            return result;
        }

        foreach (var mapping in extensions.Elements(Wo + kind))
        {
            var name = (string?)mapping.Attribute("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                Problem(node.Id, $"A wo:{kind} has no name.");
                continue;
            }

            var expression = ParseFeel(node.Id, $"wo:{kind} '{name}'", mapping.Value);
            if (expression is not null)
            {
                result.Add(new(name, expression));
            }
        }

        return result;
    }

    private FeelExpression? ParseFeel(string elementId, string what, string text)
    {
        // Zeebe writes FEEL with a leading '='; accept it.
        var source = text.Trim();
        if (source.StartsWith('='))
        {
            source = source[1..];
        }

        if (FeelExpression.TryParse(source, out var expression, out var error))
        {
            return expression;
        }

        Problem(elementId, $"{what} cannot be parsed as FEEL: {error}.");
        return null;
    }

    private static List<string> SplitList(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private void ResolveFlows()
    {
        var outgoing = _nodes.Select(_ => new List<SequenceFlow>()).ToList();
        var incoming = _nodes.Select(_ => new List<string>()).ToList();
        foreach (var raw in _flows)
        {
            var source = Resolve(raw, raw.SourceRef, "source");
            var target = Resolve(raw, raw.TargetRef, "target");
            FeelExpression? condition = null;
            if (raw.Condition is not null)
            {
                condition = ParseFeel(raw.Id, "The condition", raw.Condition);
            }

            if (source < 0 || target < 0)
            {
                continue;
            }

            if (_nodes[source].Scope != raw.Scope || _nodes[target].Scope != raw.Scope)
            {
                Problem(raw.Id, "The sequence flow connects elements of different (sub-)processes.");
                continue;
            }

            if (raw.Condition is not null && _nodes[source].Kind != NodeKind.ExclusiveGateway)
            {
                Problem(raw.Id, $"Conditions are only supported on flows leaving an exclusive gateway, not {_nodes[source].ElementName}.");
            }

            var flow = new SequenceFlow(raw.Id, source, target, condition);
            outgoing[source].Add(flow);
            incoming[target].Add(raw.Id);
        }

        for (var i = 0; i < _nodes.Count; i++)
        {
            _nodes[i].Outgoing = outgoing[i];
            _nodes[i].Incoming = incoming[i];
        }
    }

    private int Resolve(RawFlow flow, string? reference, string end)
    {
        if (string.IsNullOrEmpty(reference))
        {
            Problem(flow.Id, $"The sequence flow has no {end}Ref.");
            return -1;
        }

        if (_ids.TryGetValue(reference, out var index))
        {
            return index;
        }

        Problem(flow.Id, $"The sequence flow's {end}Ref '{reference}' is not an element of the process.");
        return -1;
    }

    private int CheckScope(XElement container, string containerId, int scope)
    {
        var starts = _nodes.Where(n => n.Scope == scope && n.Kind == NodeKind.StartEvent).ToList();
        if (starts.Count == 0)
        {
            Problem(containerId, scope < 0 ? "The process has no none start event." : "The sub-process has no none start event.");
            return -1;
        }

        if (starts.Count > 1)
        {
            Problem(starts[1].Id, scope < 0 ? "The process has several start events; only one is supported." : "The sub-process has several start events; only one is supported.");
        }

        _ = container;
        return starts[0].Index;
    }

    private void CheckNode(FlowNode node)
    {
        var element = _elements[node.Index];
        switch (node.Kind)
        {
            case NodeKind.StartEvent when node.Incoming.Count > 0:
                Problem(node.Id, "A start event cannot have incoming sequence flows.");
                break;
            case NodeKind.EndEvent or NodeKind.TerminateEndEvent when node.Outgoing.Count > 0:
                Problem(node.Id, "An end event cannot have outgoing sequence flows.");
                break;
            case NodeKind.ExclusiveGateway:
                CheckExclusiveGateway(node, element);
                break;
            case NodeKind.ParallelGateway when node.Outgoing.Count == 0:
                Problem(node.Id, "The parallel gateway has no outgoing sequence flow.");
                break;
            case NodeKind.BoundaryEvent:
                CheckBoundary(node, element);
                break;
            case NodeKind.SubProcess:
                node.StartNode = CheckScope(element, node.Id, node.Index);
                break;
            default:
                break;
        }

        if (node.Kind != NodeKind.ExclusiveGateway && element.Attribute("default") is not null)
        {
            Problem(node.Id, $"Default flows are only supported on exclusive gateways, not {node.ElementName}.");
        }
    }

    private void CheckExclusiveGateway(FlowNode node, XElement element)
    {
        if (node.Outgoing.Count == 0)
        {
            Problem(node.Id, "The exclusive gateway has no outgoing sequence flow.");
            return;
        }

        var defaultId = (string?)element.Attribute("default");
        if (defaultId is not null)
        {
            node.DefaultFlow = node.Outgoing.FirstOrDefault(f => f.Id == defaultId);
            if (node.DefaultFlow is null)
            {
                Problem(node.Id, $"The default flow '{defaultId}' does not leave this gateway.");
            }
        }

        if (node.Outgoing.Count > 1)
        {
            foreach (var flow in node.Outgoing)
            {
                if (flow.Condition is null && !ReferenceEquals(flow, node.DefaultFlow) && !_flows.Any(f => f.Id == flow.Id && f.Condition is not null))
                {
                    Problem(node.Id, $"Sequence flow '{flow.Id}' leaves the exclusive gateway without a condition and is not its default flow.");
                }
            }
        }
    }

    private void CheckBoundary(FlowNode node, XElement element)
    {
        var attachedTo = (string?)element.Attribute("attachedToRef");
        if (attachedTo is null || !_ids.TryGetValue(attachedTo, out var target) || !_activityNodes.Contains(target))
        {
            Problem(node.Id, attachedTo is null
                ? "The boundary event is not attached to an activity (attachedToRef is missing)."
                : $"The boundary event is not attached to an activity ('{attachedTo}' is not a task or sub-process of the process).");
        }
        else if (_nodes[target].Scope != node.Scope)
        {
            Problem(node.Id, "The boundary event and its activity are in different (sub-)processes.");
        }
        else
        {
            node.AttachedTo = target;
            var host = _nodes[target];
            host.Boundaries = [.. host.Boundaries, node.Index];
        }

        if (node.Incoming.Count > 0)
        {
            Problem(node.Id, "A boundary event cannot have incoming sequence flows.");
        }

        if (node.Outgoing.Count == 0)
        {
            Problem(node.Id, "The boundary event has no outgoing sequence flow.");
        }
    }

    private void CheckReachability(int start)
    {
        var seen = new bool[_nodes.Count];
        var queue = new Queue<int>();
        queue.Enqueue(start);
        seen[start] = true;
        while (queue.Count > 0)
        {
            var node = _nodes[queue.Dequeue()];
            IEnumerable<int> next = node.Outgoing.Select(f => f.Target).Concat(node.Boundaries);
            if (node.Kind == NodeKind.SubProcess && node.StartNode >= 0)
            {
                next = next.Append(node.StartNode);
            }

            foreach (var index in next)
            {
                if (!seen[index])
                {
                    seen[index] = true;
                    queue.Enqueue(index);
                }
            }
        }

        foreach (var node in _nodes)
        {
            if (!seen[node.Index])
            {
                Problem(node.Id, "The element cannot be reached from the start event.");
            }
        }
    }

    private sealed record RawFlow(string Id, string? SourceRef, string? TargetRef, string? Condition, int Scope);
}
