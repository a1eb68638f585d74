namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// One deployed version of a BPMN definition. Global (no association): a definition key names a procedure, and
/// the association that runs it is carried by each instance.
/// </summary>
public sealed class WorkflowDefinitionRow
{
    public Guid Id { get; set; }

    public string Key { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The BPMN 2.0 XML as drawn (diagram included).</summary>
    public string BpmnXml { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 XML: a redeploy of the same content is not a new version.</summary>
    public string Sha256 { get; set; } = "";

    public DateTime DeployedAt { get; set; }
}
