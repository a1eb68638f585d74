using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace WorkflowOffice.Host.Health;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (database reachable and migrated).</summary>
public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous().DisableHttpMetrics();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .AllowAnonymous().DisableHttpMetrics();
        return app;
    }
}
