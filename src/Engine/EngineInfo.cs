namespace WorkflowOffice.Engine;

/// <summary>Identifies the engine and the BPMN extension namespace it reads.</summary>
public static class EngineInfo
{
    /// <summary>The namespace of WorkflowOffice's BPMN extension attributes and elements (prefix <c>wo</c>).</summary>
    public const string ExtensionNamespace = "urn:workflowoffice:bpmn:1";
}
