using Radzen;
using WorkflowOffice.Host.Components.Layout;

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
        return builder;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
