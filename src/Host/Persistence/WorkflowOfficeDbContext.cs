using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Host.Persistence;

/// <summary>
/// The host's database: associations, Identity, data-protection keys, and (by later migrations) the domain and
/// engine tables. The schema is created by the hand-written migrations in <c>Persistence/Migrations</c>.
/// </summary>
public class WorkflowOfficeDbContext(DbContextOptions<WorkflowOfficeDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    /// <summary>
    /// Entity types that deliberately have no <c>AssociationId</c>: the tenants themselves, Identity's own tables
    /// (the user row carries the association) and host infrastructure. Any other entity must implement
    /// <see cref="ITenantOwned"/>; adding a type here is a design decision to be argued in review.
    /// </summary>
    public static IReadOnlySet<Type> GlobalEntityTypes { get; } = new HashSet<Type>
    {
        typeof(Association),
        typeof(AppRole),
        typeof(IdentityUserClaim<Guid>),
        typeof(IdentityUserLogin<Guid>),
        typeof(IdentityUserToken<Guid>),
        typeof(IdentityUserRole<Guid>),
        typeof(IdentityRoleClaim<Guid>),
        typeof(DataProtectionKeyRecord),

        // A definition key names a procedure; the association running it is carried by each instance.
        typeof(WorkflowDefinitionRow),
    };

    public DbSet<Association> Associations => Set<Association>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        if (Database.IsSqlite())
        {
            // Once for the whole model: dates order and compare as time on the embedded default (see the converter).
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteUtcTextConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkflowOfficeDbContext).Assembly);
    }
}
