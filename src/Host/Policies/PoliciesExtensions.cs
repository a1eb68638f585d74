using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Host.Policies.Api;

namespace WorkflowOffice.Host.Policies;

/// <summary>Policy editions, the board's review, publishing (issue 6).</summary>
public static class PoliciesExtensions
{
    public static IHostApplicationBuilder AddPolicies(this IHostApplicationBuilder builder)
    {
        // Until the engine's persistence registers its own, an empty activity registry and an in-memory definition
        // store stand in (TryAdd: whoever registers the real ones wins, before or after this call).
        builder.Services.TryAddSingleton<ActivityRegistry>();
        builder.Services.TryAddSingleton<IDefinitionRepository>(sp => new InMemoryDefinitionRepository(sp.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddScoped<IProcedureDeployer, DefinitionRepositoryDeployer>();
        builder.Services.Configure<ProcedureLimits>(builder.Configuration.GetSection(ProcedureLimits.SectionName));
        builder.Services.AddSingleton<ProcedureValidator>();
        builder.Services.AddScoped<PolicyEditionService>();
        builder.Services.AddScoped<IPublishedProcedure, PublishedProcedureQuery>();
        builder.Services.AddScoped<PolicySeeder>();
        return builder;
    }

    public static WebApplication MapPolicies(this WebApplication app)
    {
        app.UseWhen(ProcedureRequestLimit.Applies, branch => branch.Use(ProcedureRequestLimit.EnforceAsync));
        PolicyEndpoints.Map(app);
        PolicyPageEndpoints.Map(app);
        return app;
    }

    /// <summary>Gives every association its reference policy and published third edition (after the associations exist).</summary>
    public static async Task SeedPoliciesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PolicySeeder>().SeedAsync(cancellationToken);
    }
}
