using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Health;

/// <summary>Ready means: the database answers and every migration this build knows is applied.</summary>
internal sealed class DatabaseReadyHealthCheck(WorkflowOfficeDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The database is reachable and up to date.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A health probe reports, it does not throw: the status code is the answer.
            return HealthCheckResult.Unhealthy("The database check failed.", ex);
        }
    }
}
