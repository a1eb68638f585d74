namespace WorkflowOffice.Host.Administration;

/// <summary>The administration area's services (users and roles, runtime watch, template preview and the association's saved templates).</summary>
public static class AdministrationExtensions
{
    public static IHostApplicationBuilder AddAdministration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddScoped<RuntimeAdministration>();
        builder.Services.AddSingleton<TemplatePreview>();
        builder.Services.AddScoped<TemplateOverrides>();
        return builder;
    }
}
