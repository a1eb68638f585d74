namespace WorkflowOffice.Host.Policies.Api;

/// <summary>A new draft: from BPMN text, or (when <see cref="BpmnXml"/> is absent) a copy of edition <see cref="From"/>
/// (default: the published one). A <c>.bpmn</c> file can also be posted as <c>multipart/form-data</c> field <c>file</c>.</summary>
public sealed record CreateEditionRequest(string? BpmnXml, int? From);
