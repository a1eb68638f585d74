using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Expressions;

namespace WorkflowOffice.Engine.Bpmn;

/// <summary>One element of a parsed definition, with everything execution needs precomputed.</summary>
public sealed class FlowNode
{
    internal FlowNode(int index, string id, string elementName, NodeKind kind)
    {
        Index = index;
        Id = id;
        ElementName = elementName;
        Kind = kind;
    }

    /// <summary>Position in <see cref="ProcessDefinition.Nodes"/>.</summary>
    public int Index { get; }

    /// <summary>BPMN id.</summary>
    public string Id { get; }

    /// <summary>Qualified element name as written, e.g. <c>bpmn:userTask</c>.</summary>
    public string ElementName { get; }

    /// <summary>What the node does.</summary>
    public NodeKind Kind { get; }

    /// <summary>BPMN <c>name</c>.</summary>
    public string? Name { get; internal set; }

    /// <summary>Index of the enclosing sub-process node, or -1 at process level.</summary>
    public int Scope { get; internal set; } = -1;

    /// <summary>Outgoing flows in document order (the default flow included).</summary>
    public IReadOnlyList<SequenceFlow> Outgoing { get; internal set; } = [];

    /// <summary>Ids of the incoming flows (a parallel join waits for one token from each).</summary>
    public IReadOnlyList<string> Incoming { get; internal set; } = [];

    /// <summary>The default flow of an exclusive gateway.</summary>
    public SequenceFlow? DefaultFlow { get; internal set; }

    /// <summary>Indexes of boundary events attached to this activity.</summary>
    public IReadOnlyList<int> Boundaries { get; internal set; } = [];

    /// <summary>For a boundary event: index of the activity it is attached to; otherwise -1.</summary>
    public int AttachedTo { get; internal set; } = -1;

    /// <summary>For a boundary event: true when it interrupts the activity (<c>cancelActivity</c>, default true).</summary>
    public bool CancelActivity { get; internal set; } = true;

    /// <summary>For a sub-process: index of its start event.</summary>
    public int StartNode { get; internal set; } = -1;

    /// <summary>Timer of a timer catch or timer boundary event.</summary>
    public TimerDefinition? Timer { get; internal set; }

    /// <summary>Message name of a message catch or message boundary event.</summary>
    public string? MessageName { get; internal set; }

    /// <summary>Correlation key expression (<c>wo:correlationKey</c>), evaluated when the subscription opens.</summary>
    public FeelExpression? CorrelationKey { get; internal set; }

    /// <summary>The custom activity a service, send or receive task runs (<c>wo:activity</c>).</summary>
    public ICustomActivity? Activity { get; internal set; }

    /// <summary><c>wo:input</c> expressions in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, FeelExpression>> Inputs { get; internal set; } = [];

    /// <summary><c>wo:output</c> expressions in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, FeelExpression>> Outputs { get; internal set; } = [];

    /// <summary>Every <c>wo:</c> attribute, by local name, unevaluated (activities read the ones they declare).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; internal set; } = new Dictionary<string, string>();

    /// <summary>User task: candidate roles (<c>wo:role</c>).</summary>
    public IReadOnlyList<string> CandidateRoles { get; internal set; } = [];

    /// <summary>User task: time allowed (<c>wo:dueIn</c>).</summary>
    public IsoDuration? DueIn { get; internal set; }

    /// <summary>User task: priority (<c>wo:priority</c>, default 50).</summary>
    public int Priority { get; internal set; } = 50;

    /// <summary>User task: form key (<c>wo:form</c>).</summary>
    public string? Form { get; internal set; }

    /// <summary>User task or activity: allowed outcomes (<c>wo:outcomes</c>).</summary>
    public IReadOnlyList<string> Outcomes { get; internal set; } = [];

    /// <summary>"bpmn:userTask 'verify'", for messages.</summary>
    public override string ToString() => $"{ElementName} '{Id}'";
}
