using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cli;

/// <summary>
/// Creates an administrator (and the association if it does not exist yet). Production seeds no user, so this
/// is how the first person gets in. The password never has a default: it comes from stdin or a named variable.
/// </summary>
internal sealed class CreateAdminCommand : ICliCommand
{
    public string Name => "create-admin";

    public string Usage =>
        "create-admin --association CODE --email EMAIL [--name-ar NAME] [--name-en NAME] [--password-env VARIABLE]   (password from stdin otherwise)";

    public async Task<int> RunAsync(CliContext context)
    {
        var code = context.Option("--association")?.Trim().ToUpperInvariant();
        var email = context.Option("--email")?.Trim();
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(email))
        {
            await context.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var password = await ReadPasswordAsync(context);
        if (string.IsNullOrEmpty(password))
        {
            await context.Error.WriteLineAsync("No password given: pipe it on standard input or name a variable with --password-env.");
            return 2;
        }

        var services = await context.GetServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var association = await db.Associations.SingleOrDefaultAsync(a => a.Code == code);
        if (association is null)
        {
            association = new Association
            {
                Id = Guid.NewGuid(),
                Code = code,
                NameAr = context.Option("--association-name-ar") ?? code,
                NameEn = context.Option("--association-name-en") ?? code,
            };
            db.Associations.Add(association);
            await db.SaveChangesAsync();
            await context.Output.WriteLineAsync($"Created association {code}.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await context.Error.WriteLineAsync($"A user with the e-mail {email} already exists.");
            return 1;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            AssociationId = association.Id,
            DisplayNameAr = context.Option("--name-ar") ?? email,
            DisplayNameEn = context.Option("--name-en") ?? email,
        };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.Admin);
        }

        if (!created.Succeeded)
        {
            await context.Error.WriteLineAsync(string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        await context.Output.WriteLineAsync($"Created administrator {email} in association {code}.");
        return 0;
    }

    private static async Task<string?> ReadPasswordAsync(CliContext context)
    {
        var variable = context.Option("--password-env");
        if (variable is not null)
        {
            return Environment.GetEnvironmentVariable(variable);
        }

        if (!Console.IsInputRedirected)
        {
            await context.Output.WriteAsync("Password: ");
        }

        return (await context.Input.ReadLineAsync())?.TrimEnd('\r');
    }
}
