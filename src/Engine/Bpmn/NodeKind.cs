namespace WorkflowOffice.Engine.Bpmn;

/// <summary>The supported BPMN elements a token can stand on.</summary>
public enum NodeKind
{
    /// <summary><c>bpmn:startEvent</c> without event definition.</summary>
    StartEvent = 0,

    /// <summary><c>bpmn:endEvent</c> without event definition.</summary>
    EndEvent = 1,

    /// <summary><c>bpmn:endEvent</c> with <c>terminateEventDefinition</c>: ends its scope at once.</summary>
    TerminateEndEvent = 2,

    /// <summary><c>bpmn:userTask</c>.</summary>
    UserTask = 3,

    /// <summary><c>bpmn:serviceTask</c>, <c>bpmn:sendTask</c>, <c>bpmn:receiveTask</c>: runs a custom activity (or passes through without one).</summary>
    ServiceTask = 4,

    /// <summary><c>bpmn:exclusiveGateway</c>.</summary>
    ExclusiveGateway = 5,

    /// <summary><c>bpmn:parallelGateway</c>.</summary>
    ParallelGateway = 6,

    /// <summary><c>bpmn:intermediateCatchEvent</c> with a timer.</summary>
    TimerCatchEvent = 7,

    /// <summary><c>bpmn:intermediateCatchEvent</c> with a message (or a <c>bpmn:receiveTask</c> with a <c>messageRef</c> and no activity).</summary>
    MessageCatchEvent = 8,

    /// <summary><c>bpmn:boundaryEvent</c> with a timer or a message.</summary>
    BoundaryEvent = 9,

    /// <summary>Embedded <c>bpmn:subProcess</c>.</summary>
    SubProcess = 10,
}
