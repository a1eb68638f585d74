namespace WorkflowOffice.Host.Auth;

/// <summary>The signed-in staff member of the current request; every tenant query filters by
/// <see cref="AssociationId"/>.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The user's id; throws when nobody is signed in.</summary>
    Guid UserId { get; }

    /// <summary>The user's association; throws when nobody is signed in.</summary>
    Guid AssociationId { get; }

    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role);
}
