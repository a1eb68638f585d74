using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>
/// Starts a case's workflow instance once the case row is committed, then records the instance on the case. The
/// engine's store writes through its own connection, so the two cannot share a transaction: the case row is the
/// truth and a case whose instance id is still empty is started again by <see cref="StartPendingAsync"/> (at
/// start-up), which makes creation idempotent.
/// </summary>
public sealed class CaseWorkflowStarter(
    WorkflowOfficeDbContext db,
    WorkflowRuntime runtime,
    ICaseProcedure procedures,
    CaseStatusProjector statuses,
    ILogger<CaseWorkflowStarter> logger)
{
    public async Task StartAsync(SupportCase @case, string? answer, string actorId, CancellationToken cancellationToken)
    {
        var association = await db.Set<Association>().AsNoTracking().SingleAsync(a => a.Id == @case.AssociationId, cancellationToken);
        var choice = await procedures.ChooseAsync(@case.AssociationId, cancellationToken);
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [PolicyVariables.CaseId] = @case.Id.ToString(),
            [PolicyVariables.AssociationId] = @case.AssociationId.ToString(),
            [PolicyVariables.AssociationCode] = association.Code,
            [PolicyVariables.Reference] = @case.Reference,
            [PolicyVariables.Channel] = @case.Channel,
            [PolicyVariables.RequestKind] = @case.Kind,
            [PolicyVariables.Answer] = answer,
            [PolicyVariables.Unclear] = @case.Unclear,
        };
        var actor = actorId == Actor.System.Id ? Actor.System : Actor.User(actorId);
        var state = await runtime.StartAsync(choice.DefinitionKey, @case.Reference, variables, actor, cancellationToken);
        if (choice.DefinitionVersion is { } wanted && wanted != state.DefinitionVersion)
        {
            // The engine starts the latest version of a key; publishing deploys the edition as the latest, so a
            // difference means a later version was deployed without being published.
            logger.LogWarning("Case {Reference} started on {Key} v{Actual}, not the published v{Wanted}", @case.Reference, state.DefinitionKey, state.DefinitionVersion, wanted);
        }

        @case.WorkflowInstanceId = state.InstanceId;
        @case.DefinitionKey = state.DefinitionKey;
        @case.DefinitionVersion = state.DefinitionVersion;
        @case.PolicyEditionId = choice.EditionId;
        @case.PolicyEditionLabel = choice.EditionLabel;
        @case.Status = await statuses.ProjectAsync(state.InstanceId, cancellationToken) ?? @case.Status;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Starts the instances of cases committed without one (a crash between the two writes).</summary>
    public async Task<int> StartPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Set<SupportCase>().Where(c => c.WorkflowInstanceId == null).ToListAsync(cancellationToken);
        foreach (var @case in pending)
        {
            logger.LogWarning("Starting the workflow of case {Reference}, committed without one", @case.Reference);
            await StartAsync(@case, null, Actor.System.Id, cancellationToken);
        }

        return pending.Count;
    }
}
