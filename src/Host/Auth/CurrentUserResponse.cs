namespace WorkflowOffice.Host.Auth;

/// <summary>Answer of <c>GET /api/auth/me</c>.</summary>
public sealed record CurrentUserResponse(Guid UserId, Guid AssociationId, IReadOnlyCollection<string> Roles);
