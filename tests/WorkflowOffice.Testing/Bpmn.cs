namespace WorkflowOffice.Testing;

/// <summary>Terse builders for the small BPMN models of the tests (the XML bpmn-js would write, minus the diagram).</summary>
public static class Bpmn
{
    /// <summary>A definitions document with one executable process.</summary>
    public static string Process(string id, string body, string messages = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:wo="urn:workflowoffice:bpmn:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_{id}" targetNamespace="urn:workflowoffice:test">
          {messages}
          <bpmn:process id="{id}" isExecutable="true">
            {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A sequence flow with id <c>source_target</c>, optionally conditional.</summary>
    public static string Flow(string source, string target, string? condition = null, string? id = null) =>
        condition is null
            ? $"""<bpmn:sequenceFlow id="{id ?? source + "_" + target}" sourceRef="{source}" targetRef="{target}" />"""
            : $"""<bpmn:sequenceFlow id="{id ?? source + "_" + target}" sourceRef="{source}" targetRef="{target}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

    /// <summary>Flows along a chain of element ids.</summary>
    public static string Chain(params string[] ids) => string.Concat(ids.Zip(ids.Skip(1), (a, b) => Flow(a, b)));

    /// <summary>A timer event definition.</summary>
    public static string Timer(string kind, string value) =>
        $"""<bpmn:timerEventDefinition><bpmn:{kind} xsi:type="bpmn:tFormalExpression">{value}</bpmn:{kind}></bpmn:timerEventDefinition>""";

    /// <summary>A bpmn:message declaration.</summary>
    public static string Message(string id, string name) => $"""<bpmn:message id="{id}" name="{name}" />""";
}
