namespace WorkflowOffice.Engine.Runtime;

/// <summary>One stored version of a process definition: the BPMN source as drawn (diagram included).</summary>
/// <param name="Key">Definition key.</param>
/// <param name="Version">Version number, from 1.</param>
/// <param name="BpmnXml">The BPMN 2.0 XML.</param>
/// <param name="CreatedAt">When the version was added.</param>
public sealed record DefinitionRecord(string Key, int Version, string BpmnXml, DateTimeOffset CreatedAt);
