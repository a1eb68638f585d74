using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>Creates throw-away users so that tests which lock accounts do not disturb the demo users.</summary>
public static class TestUsers
{
    public const string Password = "Test-Password-42";

    public static async Task<string> CreateAsync(WorkflowOfficeFactory factory, string role = Roles.RelationsOfficer)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var association = await db.Associations.SingleAsync(a => a.Code == "ZLF");
        var email = $"user-{Guid.NewGuid():N}@zulfi.test";
        var user = new AppUser { UserName = email, Email = email, AssociationId = association.Id, DisplayNameEn = "Test user" };
        (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        return email;
    }
}
