using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Tests.Administration;

/// <summary>
/// A demo staff member as the administration services see the signed-in user (read from the real database): the
/// services are called directly, as the server-rendered pages call them, without driving a browser.
/// </summary>
internal sealed class SignedInAs(Guid userId, Guid associationId, IReadOnlyCollection<string> roles) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid UserId => userId;

    public Guid AssociationId => associationId;

    public IReadOnlyCollection<string> Roles => roles;

    public bool IsInRole(string role) => roles.Contains(role);

    public static async Task<SignedInAs> LoadAsync(WorkflowOfficeDbContext db, string email)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync();
        return new SignedInAs(user.Id, user.AssociationId, roles);
    }
}
