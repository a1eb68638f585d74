using Microsoft.AspNetCore.Identity;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Auth;

/// <summary>Identity, cookie and bearer authentication (section <c>Auth</c>).</summary>
public static class AuthExtensions
{
    public static IHostApplicationBuilder AddAuth(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.SectionName);
        builder.Services.Configure<AuthOptions>(section);
        var auth = section.Get<AuthOptions>() ?? new AuthOptions();

        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = AuthSchemes.Smart;
                options.DefaultChallengeScheme = AuthSchemes.Smart;
            })
            .AddPolicyScheme(AuthSchemes.Smart, "Cookie for pages, bearer for the API", options =>
                options.ForwardDefaultSelector = context => IsApi(context.Request)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = auth.AccessTokenLifetime;
                options.RefreshTokenExpiration = auth.RefreshTokenLifetime;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                // A signed-in user whose roles do not reach a page is told so (403), not sent back to the sign-in form.
                options.AccessDeniedPath = "/account/denied";
                options.ExpireTimeSpan = auth.CookieLifetime;
                options.SlidingExpiration = true;
                options.Cookie.Name = "WorkflowOffice.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;

                // Secure whenever the request is HTTPS, including behind a proxy that says so (Security:ForwardedHeaders).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }));

        builder.Services
            .AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = auth.MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = auth.LockoutDuration;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<WorkflowOfficeDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();

        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddScoped<SignInGate>();
        builder.Services.AddAuthorization(AuthPolicies.Add);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpContextCurrentUser>();
        return builder;
    }

    public static WebApplication MapAuth(this WebApplication app)
    {
        AuthEndpoints.Map(app);
        return app;
    }

    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
