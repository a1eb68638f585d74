using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace WorkflowOffice.Host.Persistence;

/// <summary>Registers the database (section <c>Database</c>) and the data-protection key store on it.</summary>
public static class PersistenceExtensions
{
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.SectionName));
        var settings = DatabaseSettings.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<TenantWriteGuard>();
        builder.Services.AddSingleton<StorableTextGuard>();
        builder.Services.AddDbContext<WorkflowOfficeDbContext>((services, options) =>
        {
            ConfigureDbContext(options, settings);
            options.AddInterceptors(services.GetRequiredService<TenantWriteGuard>(), services.GetRequiredService<StorableTextGuard>());
        });

        builder.Services.AddSingleton<DatabaseXmlRepository>();
        builder.Services.AddDataProtection().SetApplicationName("WorkflowOffice");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseXmlRepository>((options, repository) => options.XmlRepository = repository);
        return builder;
    }

    /// <summary>Provider choice and the options both the host and the schema tests must share.</summary>
    public static void ConfigureDbContext(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(settings.ConnectionString);
        }
        else
        {
            options.UseSqlite(settings.ConnectionString);
        }

        // The migrations are written by hand and there is no model snapshot, so EF would always report
        // "pending model changes". The schema-equals-model tests (MigrationSchemaTests) are the real guard.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// Checks that the database is reachable and applies pending migrations, before the server accepts requests.
    /// Failures become one-sentence <see cref="Startup.StartupConfigurationException"/>s.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        await DatabaseReachability.EnsureReachableAsync(settings, cancellationToken);

        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStartup)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
