using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Seeding;

/// <summary>Creates the roles (always) and the demo data (Development only). Idempotent: runs at every start.</summary>
internal sealed class Seeder(
    WorkflowOfficeDbContext db,
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    IOptions<SeedingOptions> options,
    ILogger<Seeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new AppRole(role)), $"role {role}");
            }
        }

        if (!options.Value.DemoData)
        {
            return;
        }

        var password = options.Value.DemoPassword;
        if (string.IsNullOrEmpty(password))
        {
            throw new Startup.StartupConfigurationException("Seeding:DemoData is on but Seeding:DemoPassword is empty; set a development password.");
        }

        foreach (var demo in DemoData.Associations)
        {
            if (!await db.Associations.AnyAsync(a => a.Code == demo.Code, cancellationToken))
            {
                db.Associations.Add(new Association
                {
                    Id = Guid.NewGuid(),
                    Code = demo.Code,
                    NameAr = demo.NameAr,
                    NameEn = demo.NameEn,
                    City = demo.City,
                    LicenceNumber = demo.LicenceNumber,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var associations = await db.Associations.ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);

        var created = 0;
        foreach (var demo in DemoData.Users)
        {
            if (await userManager.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                AssociationId = associations[demo.AssociationCode],
                DisplayNameAr = demo.DisplayNameAr,
                DisplayNameEn = demo.DisplayNameEn,
            };
            Check(await userManager.CreateAsync(user, password), demo.Email);
            Check(await userManager.AddToRoleAsync(user, demo.Role), demo.Email);
            created++;
        }

        if (created > 0)
        {
            logger.LogInformation("Seeded {Count} demo users", created);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Seeding {what} failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
