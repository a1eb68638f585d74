using Microsoft.AspNetCore.Identity;

namespace WorkflowOffice.Host.Auth;

/// <summary>A role from <see cref="Roles"/>; roles are global, users' memberships are per association user.</summary>
public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }
}
