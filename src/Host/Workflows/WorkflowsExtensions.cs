using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Workflows.Outbox;
using WorkflowOffice.Host.Workflows.Persistence;
using WorkflowOffice.Host.Workflows.Timers;

namespace WorkflowOffice.Host.Workflows;

/// <summary>Registers the workflow engine, durable on the host's database, with Quartz for its timers (section <c>Workflows</c>).</summary>
public static class WorkflowsExtensions
{
    public static IHostApplicationBuilder AddWorkflows(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(WorkflowsOptions.SectionName);
        builder.Services.Configure<WorkflowsOptions>(section);
        var options = section.Get<WorkflowsOptions>() ?? new WorkflowsOptions();
        var services = builder.Services;

        services.AddSingleton<IDbContextFactory<WorkflowOfficeDbContext>>(sp => WorkflowDbContextFactory.Create(sp.GetRequiredService<DatabaseSettings>(), sp));
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<EfWorkflowStore>();
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddSingleton<EfDefinitionRepository>();
        services.AddSingleton<IDefinitionRepository>(sp => sp.GetRequiredService<EfDefinitionRepository>());

        // Empty until src/Activities registers the policy's activities (they need host ports: case facts, file numbers, surveys).
        services.TryAddSingleton(_ => new ActivityRegistry());
        services.AddSingleton<QuartzTimerScheduler>();
        services.AddSingleton<ITimerScheduler>(sp => sp.GetRequiredService<QuartzTimerScheduler>());
        services.AddSingleton(sp => CreateRuntime(sp));
        services.AddSingleton<TimerRecovery>();

        // The same settings AddPersistence resolved (it must run first), so Quartz and EF share one database.
        var database = services.LastOrDefault(d => d.ServiceType == typeof(DatabaseSettings))?.ImplementationInstance as DatabaseSettings
            ?? throw new InvalidOperationException("Call AddPersistence() before AddWorkflows().");
        services.AddQuartz(quartz => QuartzSetup.Configure(quartz, database, options));
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddHostedService<TimerRecoveryService>();
        return builder;
    }

    private static WorkflowRuntime CreateRuntime(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<WorkflowsOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<WorkflowRuntime>();
        var runtimeOptions = new WorkflowRuntimeOptions
        {
            // The timer is safe in the store; recovery at the next start or the sweep reschedules it.
            OnSchedulerError = (timerId, error) => logger.LogWarning(error, "Timer {TimerId} was committed but not handed to Quartz.", timerId),
        };
        if (options.IncidentRetryDelays.Count > 0)
        {
            runtimeOptions.IncidentRetryDelays = options.IncidentRetryDelays;
        }

        return new WorkflowRuntime(
            services.GetRequiredService<IWorkflowStore>(),
            services.GetRequiredService<IDefinitionRepository>(),
            services.GetRequiredService<ITimerScheduler>(),
            services.GetRequiredService<ActivityRegistry>(),
            services.GetRequiredService<TimeProvider>(),
            runtimeOptions);
    }
}
