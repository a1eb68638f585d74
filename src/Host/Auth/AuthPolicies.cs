using Microsoft.AspNetCore.Authorization;

namespace WorkflowOffice.Host.Auth;

/// <summary>
/// Named authorization policies, one per action, used by the API endpoint and by the page that performs the same
/// action, so that the roles of the API can never be wider than the UI's.
/// </summary>
public static class AuthPolicies
{
    /// <summary>Take in a request, record an enquiry, add items to a case (the relations office, STEP-1/2).</summary>
    public const string TakeIn = "TakeIn";

    /// <summary>The roles of <see cref="TakeIn"/>.</summary>
    public static IReadOnlyList<string> TakeInRoles { get; } = [Roles.Admin, Roles.RelationsOfficer];

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(TakeIn, policy => policy.RequireAuthenticatedUser().RequireRole(TakeInRoles));
    }
}
