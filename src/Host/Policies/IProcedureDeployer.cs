namespace WorkflowOffice.Host.Policies;

/// <summary>Deploys a published edition's procedure as a new version of a workflow definition.</summary>
public interface IProcedureDeployer
{
    /// <summary>Stores <paramref name="bpmnXml"/> as the next version of <paramref name="definitionKey"/>; running
    /// instances keep the version they started on.</summary>
    Task<DeployedProcedure> DeployAsync(string definitionKey, string bpmnXml, CancellationToken cancellationToken = default);
}
