using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Inquiries;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>
/// Starts a case's workflow instance once the case row is committed, then records the instance on the case. The
/// engine's store writes through its own connection, so the two cannot share a transaction: the case row is the
/// truth and a case whose instance id is still empty is started again by <see cref="StartPendingAsync"/> (at
/// start-up). The instance id is the case id, so a start repeated after the instance committed (and before the case
/// row recorded it) finds the existing instance and only records it: one case, one instance.
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
        var request = new StartRequest(choice.DefinitionKey, actor)
        {
            // The published edition's version, not the latest of the key: a later version may be deployed (a
            // drafted edition) without governing new cases (issue 6).
            Version = choice.DefinitionVersion,

            // The case id: a start repeated after a crash between the instance commit and the case update finds
            // the instance already there instead of starting a second one.
            InstanceId = @case.Id,
            BusinessKey = @case.Reference,
            Variables = variables,
        };
        InstanceState state;
        try
        {
            state = await runtime.StartAsync(request, cancellationToken);
        }
        catch (ConcurrencyConflictException ex) when (ex.ExpectedVersion == 0)
        {
            // Already started (the earlier attempt committed its instance): record that one, whatever it runs.
            state = await runtime.GetInstanceAsync(@case.Id, cancellationToken) ?? throw new InvalidOperationException(
                $"Case {@case.Reference}: starting its workflow conflicted, but no instance with its id exists.", ex);
            logger.LogInformation("Case {Reference}: workflow already started, recording it", @case.Reference);
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

            // STEP-1, GOAL-3: an enquiry answered at the counter carries its answer into the instance (the
            // inquiry-answered notification sends it), exactly as the first start would have; a support request
            // has no enquiry row and starts without one.
            var answer = await db.Set<Inquiry>().AsNoTracking()
                .Where(i => i.CaseId == @case.Id)
                .Select(i => i.Answer)
                .FirstOrDefaultAsync(cancellationToken);
            await StartAsync(@case, answer, Actor.System.Id, cancellationToken);
        }

        return pending.Count;
    }
}
