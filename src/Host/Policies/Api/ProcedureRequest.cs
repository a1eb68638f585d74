namespace WorkflowOffice.Host.Policies.Api;

/// <summary>A BPMN procedure (save a draft's diagram, or validate).</summary>
public sealed record ProcedureRequest(string BpmnXml);
