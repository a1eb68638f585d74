using WorkflowOffice.Activities.Bpmn;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>
/// Fallback while no published edition is known: the shipped reference procedure
/// (<c>workflows/beneficiary-relationship-policy.bpmn</c>, third edition 2023), deployed on first use.
/// </summary>
internal sealed class ReferenceCaseProcedure(WorkflowRuntime runtime, IDefinitionRepository definitions) : ICaseProcedure
{
    private static readonly SemaphoreSlim DeployLock = new(1, 1);

    public async Task<CaseProcedureChoice> ChooseAsync(Guid associationId, CancellationToken cancellationToken)
    {
        var existing = await definitions.GetAsync(ReferenceProcedure.Key, null, cancellationToken);
        if (existing is null)
        {
            await DeployLock.WaitAsync(cancellationToken);
            try
            {
                existing = await definitions.GetAsync(ReferenceProcedure.Key, null, cancellationToken);
                if (existing is null)
                {
                    await runtime.DeployAsync(ReferenceProcedure.LoadXml(), ReferenceProcedure.Key, cancellationToken);
                }
            }
            finally
            {
                DeployLock.Release();
            }
        }

        return new CaseProcedureChoice(ReferenceProcedure.Key, null, null, "3/2023");
    }
}
