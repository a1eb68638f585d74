using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>
/// A case's status is named by the procedure itself: the <c>wo:caseStatus</c> of the last element the instance
/// entered that carries one. Reading it from the journal keeps the status right whatever moved the instance
/// (a task, a timer, a message).
/// </summary>
public sealed class CaseStatusProjector(WorkflowRuntime runtime)
{
    public const string StatusAttribute = "caseStatus";

    public async Task<string?> ProjectAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var state = await runtime.GetInstanceAsync(instanceId, cancellationToken);
        if (state is null)
        {
            return null;
        }

        var definition = await runtime.GetDefinitionAsync(state.DefinitionKey, state.DefinitionVersion, cancellationToken);
        var journal = await runtime.GetJournalAsync(instanceId, cancellationToken);
        for (var i = journal.Count - 1; i >= 0; i--)
        {
            var entry = journal[i];
            if (entry.Kind == JournalKind.ElementEntered && entry.ElementId is { } elementId
                && definition.TryGetNode(elementId, out var node)
                && node.Attributes.TryGetValue(StatusAttribute, out var status))
            {
                return status;
            }
        }

        return null;
    }
}
