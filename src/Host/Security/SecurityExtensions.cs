using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace WorkflowOffice.Host.Security;

/// <summary>Transport hardening: forwarded headers, HTTPS, security headers, no server banner, API docs exposure.</summary>
public static class SecurityExtensions
{
    public static IHostApplicationBuilder AddSecurity(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SecurityOptions.SectionName);
        builder.Services.Configure<SecurityOptions>(section);
        var options = section.Get<SecurityOptions>() ?? new SecurityOptions();

        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(antiforgery =>
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in options.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else
                {
                    throw new Startup.StartupConfigurationException($"Security:KnownProxies has '{proxy}', which is not an IP address.");
                }
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline: the scheme is known before anything decides on cookies or redirects.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (options.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        var development = app.Environment.IsDevelopment();
        var hsts = development
            ? null
            : "max-age=" + ((long)options.HstsMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "; includeSubDomains";
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context, hsts);
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!development)
        {
            app.UseHttpsRedirection();
        }

        var publicDocs = options.PublicApiDocs ?? development;
        if (!publicDocs)
        {
            app.UseWhen(IsApiDocs, docs => docs.Use(RequireSignedInAsync));
        }

        return app;
    }

    private static bool IsApiDocs(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/swagger") || context.Request.Path.StartsWithSegments("/openapi");

    private static async Task RequireSignedInAsync(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            var result = await context.AuthenticateAsync();
            if (!result.Succeeded)
            {
                await context.ChallengeAsync();
                return;
            }

            context.User = result.Principal;
        }

        await next(context);
    }
}
