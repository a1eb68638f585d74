using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// Short-lived contexts for the workflow store: one per step or query, taken from a pool, so that no change
/// tracker outlives the unit of work it served.
/// </summary>
public static class WorkflowDbContextFactory
{
    /// <summary>A pooled factory on the host's database settings (and its services, which shape Identity's part of the model).</summary>
    public static IDbContextFactory<WorkflowOfficeDbContext> Create(DatabaseSettings settings, IServiceProvider? applicationServices = null)
    {
        var options = new DbContextOptionsBuilder<WorkflowOfficeDbContext>();
        PersistenceExtensions.ConfigureDbContext(options, Tune(settings));
        if (applicationServices is not null)
        {
            options.UseApplicationServiceProvider(applicationServices);
        }

        // Rows are written by explicit entity states; nothing is queried for tracking.
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return new PooledDbContextFactory<WorkflowOfficeDbContext>(options.Options);
    }

    /// <summary>
    /// The store's statements are few and always the same, and it leaves no session state behind: on PostgreSQL
    /// they are prepared once per connection, and a connection going back to the pool is not reset (a
    /// <c>DISCARD ALL</c> round trip per context otherwise).
    /// </summary>
    private static DatabaseSettings Tune(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return settings;
        }

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        builder.NoResetOnClose = true;
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        return settings with { ConnectionString = builder.ConnectionString };
    }
}
