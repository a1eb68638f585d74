using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.InMemory;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases.Intake;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Inquiries;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.PublicApi;
using WorkflowOffice.Host.Tasks;

namespace WorkflowOffice.Host.Cases;

/// <summary>
/// The policy as a running workflow (issue 4): case intake, the inbox, enquiries, beneficiaries, the public API,
/// the policy's activities and their ports, and notifications (sections <c>Cases</c>, <c>Notifications</c>,
/// <c>PublicApi</c>).
/// </summary>
public static class CasesExtensions
{
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<CasesOptions>(builder.Configuration.GetSection(CasesOptions.SectionName));
        services.Configure<NotificationsOptions>(builder.Configuration.GetSection(NotificationsOptions.SectionName));

        // The policy's ports and activities. The registry is the engine's; whoever creates it, the policy's
        // activities are added once, when it is first resolved.
        services.AddSingleton<ICaseFacts, CaseFactsReader>();
        services.AddSingleton<IFileNumberAllocator, FileNumberAllocator>();
        services.AddSingleton<ISurveyIssuer, SurveyIssuer>();
        services.AddSingleton(sp => new ActivityRegistry().AddPolicyActivities(
            sp.GetRequiredService<ICaseFacts>(), sp.GetRequiredService<IFileNumberAllocator>(), sp.GetRequiredService<ISurveyIssuer>()));

        // Stand-ins until the durable engine store (issue 3) registers its own: TryAdd, so the real ones win when
        // they are registered first.
        services.TryAddSingleton<InMemoryWorkflowStore>();
        services.TryAddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IDefinitionRepository>(sp => new InMemoryDefinitionRepository(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ITimerScheduler, SweepOnlyTimerScheduler>();
        services.TryAddSingleton(sp => new WorkflowRuntime(
            sp.GetRequiredService<IWorkflowStore>(),
            sp.GetRequiredService<IDefinitionRepository>(),
            sp.GetRequiredService<ITimerScheduler>(),
            sp.GetRequiredService<ActivityRegistry>(),
            sp.GetRequiredService<TimeProvider>()));

        services.AddScoped<ReferenceCaseProcedure>();
        services.AddScoped<ICaseProcedure, PublishedCaseProcedure>();
        services.AddSingleton<CaseStatusProjector>();
        services.AddScoped<CaseWorkflowStarter>();
        services.AddScoped<IntakeService>();
        services.AddScoped<CaseFileService>();
        services.AddScoped<InquiryService>();
        services.AddScoped<TaskInbox>();
        services.AddScoped<CaseSeeder>();

        // Notifications.
        // The association's wording saved in the administration pages wins over the shipped files.
        services.AddSingleton(sp => new NotificationTemplateRenderer(new LayeredTemplateSource(
            new DatabaseTemplateSource(sp.GetRequiredService<IServiceScopeFactory>()),
            new FileSystemTemplateSource(TemplatesPath(sp)))));
        services.AddSingleton<NotificationComposer>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHttpClient<SmsGatewaySender>();
        services.AddScoped<INotificationSender>(sp => sp.GetRequiredService<SmsGatewaySender>());
        services.AddScoped<INotificationSender, SmtpEmailSender>();
        services.AddScoped<INotificationSender, PortalInboxSender>();
        services.AddScoped<INotificationSender, FileSinkSender>();
        services.AddSingleton<INotificationRelay>(sp => sp.GetService<IWorkflowStore>() is InMemoryWorkflowStore store
            ? new InMemoryOutboxRelay(store, sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<NotificationComposer>())
            : ActivatorUtilities.CreateInstance<OutboxRelay>(sp));
        services.AddHostedService<NotificationDispatchService>();

        builder.AddPublicApi();
        return builder;
    }

    public static WebApplication MapCases(this WebApplication app)
    {
        CaseEndpoints.Map(app);
        TaskEndpoints.Map(app);
        InquiryEndpoints.Map(app);
        BeneficiaryEndpoints.Map(app);
        PublicEndpoints.Map(app);
        return app;
    }

    /// <summary>Seeds settings and support types, then starts the workflows of cases committed without one.</summary>
    public static async Task SeedCasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<CaseWorkflowStarter>().StartPendingAsync(cancellationToken);
    }

    private static string TemplatesPath(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<NotificationsOptions>>().Value.TemplatesPath;
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(root, configured));
        }

        // Development and tests run from the repository: the shipped templates are in workflows/templates above.
        for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "workflows", "templates");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(root, "workflows", "templates");
    }
}
