using System.Security.Claims;

namespace WorkflowOffice.Host.Auth;

/// <summary>Reads <see cref="ICurrentUser"/> from the claims of the request's principal.</summary>
internal sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid UserId => ReadGuid(ClaimTypes.NameIdentifier);

    public Guid AssociationId => ReadGuid(WorkflowOfficeClaimTypes.AssociationId);

    public IReadOnlyCollection<string> Roles =>
        Principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();

    public bool IsInRole(string role) => Principal.IsInRole(role);

    private Guid ReadGuid(string claimType)
    {
        var value = Principal.FindFirstValue(claimType);
        return Guid.TryParse(value, out var id)
            ? id
            : throw new InvalidOperationException($"No signed-in user with a '{claimType}' claim in this request.");
    }
}
