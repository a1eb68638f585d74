using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Policies;

/// <summary>Deploys through the engine's <see cref="IDefinitionRepository"/> (whichever store the host registered).</summary>
internal sealed class DefinitionRepositoryDeployer(IDefinitionRepository definitions) : IProcedureDeployer
{
    public async Task<DeployedProcedure> DeployAsync(string definitionKey, string bpmnXml, CancellationToken cancellationToken = default)
    {
        var record = await definitions.AddAsync(definitionKey, bpmnXml, cancellationToken);
        return new DeployedProcedure(record.Key, record.Version);
    }
}
