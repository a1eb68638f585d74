using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Administration;

/// <summary>
/// Users and roles of the administrator's own association: list, create with a temporary password, assign roles,
/// unlock. A user of another association is never found.
/// </summary>
public sealed class UserAdministration(
    WorkflowOfficeDbContext db,
    UserManager<AppUser> users,
    ICurrentUser current,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken = default)
    {
        var associationId = current.AssociationId;
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.AssociationId == associationId)
            .OrderBy(u => u.Email)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(u => u.Id).ToList();
        var roles = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where ids.Contains(ur.UserId)
                select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(u => new StaffMember(
            u.Id,
            u.Email ?? "",
            u.DisplayNameAr,
            u.DisplayNameEn,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").OrderBy(n => IndexOf(n))],
            u.LockoutEnd is { } end && end > now,
            u.AccessFailedCount))];
    }

    public async Task<StaffCreated> CreateAsync(NewStaffMember request, CancellationToken cancellationToken = default)
    {
        var email = request.Email.Trim();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new AdministrationException("يرجى إدخال بريد إلكتروني صحيح.", "Please enter a valid e-mail address.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new AdministrationException("يوجد مستخدم بهذا البريد الإلكتروني.", "A user with this e-mail address already exists.");
        }

        var roles = CheckRoles(request.Roles);
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            AssociationId = current.AssociationId,
            DisplayNameAr = request.DisplayNameAr.Trim(),
            DisplayNameEn = request.DisplayNameEn.Trim(),
        };
        var password = TemporaryPassword.Create();
        Check(await users.CreateAsync(user, password));
        if (roles.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, roles));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new StaffCreated(user.Id, email, password);
    }

    public async Task SetRolesAsync(Guid userId, IReadOnlyList<string> roles, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        var wanted = CheckRoles(roles);
        if (user.Id == current.UserId && !wanted.Contains(Roles.Admin))
        {
            // Otherwise the last administrator could lock everyone out of this page.
            throw new AdministrationException("لا يمكنك إزالة دور مدير النظام عن نفسك.", "You cannot remove the Admin role from yourself.");
        }

        var existing = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, existing.Except(wanted)));
        Check(await users.AddToRolesAsync(user, wanted.Except(existing)));
    }

    public async Task UnlockAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    }

    private async Task<AppUser> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.AssociationId == current.AssociationId, cancellationToken)
            ?? throw new AdministrationException("المستخدم غير موجود.", "The user was not found.");

    private static List<string> CheckRoles(IReadOnlyList<string> roles)
    {
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new AdministrationException("دور غير معروف.", $"Unknown role: {string.Join(", ", unknown)}.");
        }

        return [.. roles.Distinct()];
    }

    private static int IndexOf(string role) => Roles.All.ToList().IndexOf(role);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            var text = string.Join(" ", result.Errors.Select(e => e.Description));
            throw new AdministrationException(text, text);
        }
    }
}
