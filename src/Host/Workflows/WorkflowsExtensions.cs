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
        var options = builder.Configuration.GetSection(WorkflowsOptions.SectionName).Get<WorkflowsOptions>() ?? new WorkflowsOptions();

        // The same settings AddPersistence resolved (it must run first), so Quartz and EF share one database.
        var database = builder.Services.LastOrDefault(d => d.ServiceType == typeof(DatabaseSettings))?.ImplementationInstance as DatabaseSettings
            ?? throw new InvalidOperationException("Call AddPersistence() before AddWorkflows().");
        builder.Services.AddWorkflowServices(database, options);
        // Hosted services start in order: the fire path is warm before Quartz takes its first trigger.
        builder.Services.AddHostedService<TimerWarmUpService>();
        builder.Services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<TimerRecoveryService>();
        return builder;
    }

    /// <summary>
    /// Everything but the hosted services (Quartz's start and stop, the start-up recovery): the runtime, the EF
    /// store and definition repository, the outbox writer, Quartz configured for timers. Tests and benchmarks
    /// start and stop the scheduler themselves. Needs <see cref="TimeProvider"/> and logging registered.
    /// </summary>
    public static IServiceCollection AddWorkflowServices(this IServiceCollection services, DatabaseSettings database, WorkflowsOptions options)
    {
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<IDbContextFactory<WorkflowOfficeDbContext>>(sp => WorkflowDbContextFactory.Create(database, sp));
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<EfWorkflowStore>();
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddSingleton<EfDefinitionRepository>();
        services.AddSingleton<IDefinitionRepository>(sp => sp.GetRequiredService<EfDefinitionRepository>());

        // Empty until src/Activities registers the policy's activities (they need host ports: case facts, file numbers, surveys).
        services.TryAddSingleton(_ => new ActivityRegistry());
        services.AddSingleton(sp => new QuartzTimerScheduler(
            sp.GetRequiredService<ISchedulerFactory>(),
            sp.GetRequiredService<ILogger<QuartzTimerScheduler>>(),
            recoveryConnections: database.Provider == DatabaseProvider.Postgres ? 4 : 1));
        services.TryAddSingleton<ITimerScheduler>(sp => sp.GetRequiredService<QuartzTimerScheduler>());
        services.AddSingleton(CreateRuntime);
        services.AddSingleton(sp => new TimerRecovery(
            sp.GetRequiredService<IWorkflowStore>(), sp.GetRequiredService<QuartzTimerScheduler>(), sp.GetRequiredService<ILogger<TimerRecovery>>(), database));
        services.AddSingleton<TimerFireWarmUp>();
        services.AddQuartz(quartz => QuartzSetup.Configure(quartz, database, options));
        return services;
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
