using Microsoft.AspNetCore.Localization;

namespace WorkflowOffice.Host.Localization;

/// <summary>Arabic by default, English on request; the choice lives in the culture cookie.</summary>
public static class LocalizationExtensions
{
    public static IHostApplicationBuilder AddUiLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.Default, SupportedCultures.Default);
            options.SupportedCultures = [.. SupportedCultures.All];
            options.SupportedUICultures = [.. SupportedCultures.All];
            // Arabic stays the default whatever the browser's Accept-Language says: only an explicit choice
            // (the cookie set by the language switch, or ?culture= for links) changes it.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }
}
