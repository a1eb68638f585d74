namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>Which procedure (definition key and version, governing edition) a new case of an association runs.</summary>
public interface ICaseProcedure
{
    Task<CaseProcedureChoice> ChooseAsync(Guid associationId, CancellationToken cancellationToken);
}
