using Radzen;
using WorkflowOffice.Host.Administration;
using WorkflowOffice.Host.Components.Inbox;
using WorkflowOffice.Host.Components.Layout;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Reports;

namespace WorkflowOffice.Host.Components;

/// <summary>The Blazor web UI: static server rendering for pages and forms, interactive server where needed.</summary>
public static class WebUiExtensions
{
    public static IHostApplicationBuilder AddWebUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddRadzenComponents();
        builder.Services.AddSingleton<AssociationNames>();
        builder.AddAdministration();
        builder.AddReports();
        builder.Services.AddScoped<TaskSearch>();
        builder.Services.AddSingleton<InboxNotifier>();
        builder.Services.AddSingleton<TaskChangeInterceptor>();
        builder.Services.ConfigureDbContext<WorkflowOfficeDbContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<TaskChangeInterceptor>()));
        return builder;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapAdministration();
        app.MapInboxEvents();
        app.MapReportCsv();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
