using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkflowOffice.Browser.Tests.Infrastructure;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Browser.Tests.Policies;

/// <summary>Extra staff and signed-in browser sessions, one per person, on the shared browser host.</summary>
internal static class StaffSessions
{
    public static async Task AddUserAsync(BrowserHostFixture host, string email, string associationCode, string role, string nameAr, string nameEn)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var association = await db.Associations.SingleAsync(a => a.Code == associationCode);
        var user = new AppUser { UserName = email, Email = email, AssociationId = association.Id, DisplayNameAr = nameAr, DisplayNameEn = nameEn, EmailConfirmed = true };
        (await users.CreateAsync(user, BrowserHostFixture.DemoPassword)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
    }

    /// <summary>A new browser context signed in through the sign-in page.</summary>
    public static async Task<IPage> SignInAsync(BrowserHostFixture host, string email) =>
        (await Staff.SignInAsync(host, email)).Page;
}
