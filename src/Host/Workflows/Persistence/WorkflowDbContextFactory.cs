using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
        PersistenceExtensions.ConfigureDbContext(options, settings);
        if (applicationServices is not null)
        {
            options.UseApplicationServiceProvider(applicationServices);
        }

        // Rows are written by explicit entity states; nothing is queried for tracking.
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return new PooledDbContextFactory<WorkflowOfficeDbContext>(options.Options);
    }
}
