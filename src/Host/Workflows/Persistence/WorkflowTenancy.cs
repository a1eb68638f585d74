using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// Which association (tenant) an instance belongs to. The engine's contracts carry no tenant, so the host puts
/// it in the instance variable <see cref="AssociationVariable"/> when it starts an instance; every row the store
/// writes for that instance (tasks, timers, journal, outbox…) carries it.
/// </summary>
public static class WorkflowTenancy
{
    /// <summary>The instance variable holding the association id (a GUID string).</summary>
    public const string AssociationVariable = "associationId";

    /// <summary>The association of an instance, or <see cref="Guid.Empty"/> when none was given (tests, benchmarks).</summary>
    public static Guid AssociationOf(InstanceState state) =>
        state.Variables.TryGetValue(AssociationVariable, out var value) && value is string text && Guid.TryParse(text, out var id)
            ? id
            : Guid.Empty;

    /// <summary>The start variables with the association set.</summary>
    public static Dictionary<string, object?> WithAssociation(Guid associationId, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = variables is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(variables, StringComparer.Ordinal);
        result[AssociationVariable] = associationId.ToString();
        return result;
    }
}
