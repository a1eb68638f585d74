namespace WorkflowOffice.Engine.Runtime;

/// <summary>Who acts on the engine: a staff member with roles, or the system itself.</summary>
/// <param name="Id">User id (kept in the journal); <c>system</c> for the engine and hosted jobs.</param>
/// <param name="Roles">The actor's roles, matched against a task's candidate roles.</param>
public sealed record Actor(string Id, IReadOnlyList<string> Roles)
{
    /// <summary>The engine, timers and hosted jobs; not subject to candidate-role checks.</summary>
    public static Actor System { get; } = new("system", []);

    /// <summary>True for <see cref="System"/>.</summary>
    public bool IsSystem => ReferenceEquals(this, System);

    /// <summary>Creates an actor with the given roles.</summary>
    public static Actor User(string id, params string[] roles) => new(id, roles);
}
