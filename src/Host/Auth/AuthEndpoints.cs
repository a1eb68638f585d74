using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using WorkflowOffice.Host.Localization;

namespace WorkflowOffice.Host.Auth;

/// <summary>Token endpoints of the API and the cookie sign-out and language switch of the pages.</summary>
internal static class AuthEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Authentication");
        api.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithSummary("Exchange an e-mail and password for a bearer token.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesValidationProblem();
        api.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithSummary("Exchange a refresh token for a new bearer token.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/me", Me)
            .RequireAuthorization()
            .WithSummary("The signed-in user: id, association and roles.");

        // The form in the app bar posts the antiforgery token; requiring it stops other sites signing users out.
        app.MapPost("/account/logout", LogoutAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/culture/set", SetCulture).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<AppUser> signInManager, SignInGate gate, HttpContext context, IOptions<AuthOptions> options)
    {
        // The bearer handler's SignInAsync writes the token response itself.
        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        var minutes = (int)Math.Ceiling(options.Value.LockoutDuration.TotalMinutes);
        return await gate.SignInAsync(context, request.Email, request.Password, persistent: false) switch
        {
            SignInOutcome.Succeeded => TypedResults.Empty,
            SignInOutcome.Locked => TypedResults.Problem(
                title: "Account locked",
                detail: $"Too many failed sign-in attempts for this account from here; try again in {minutes} minutes or ask an administrator.",
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["locked"] = true }),
            SignInOutcome.TooManyAttempts => TooMany(context, options.Value.LockoutDuration, minutes),
            _ => TypedResults.Problem(
                title: "Sign-in failed",
                detail: "The e-mail or the password is wrong.",
                statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    private static ProblemHttpResult TooMany(HttpContext context, TimeSpan window, int minutes)
    {
        context.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            title: "Too many sign-in attempts",
            detail: $"Too many failed sign-in attempts from this address; try again in {minutes} minutes.",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request,
        SignInManager<AppUser> signInManager,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider timeProvider)
    {
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        var valid = ticket?.Properties.ExpiresUtc is { } expires && timeProvider.GetUtcNow() < expires;
        var user = valid ? await signInManager.ValidateSecurityStampAsync(ticket!.Principal) : null;
        if (user is null || await signInManager.UserManager.IsLockedOutAsync(user))
        {
            return TypedResults.Problem(
                title: "Refresh refused",
                detail: "The refresh token is invalid, expired, or its user can no longer sign in.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static Ok<CurrentUserResponse> Me(ICurrentUser user) =>
        TypedResults.Ok(new CurrentUserResponse(user.UserId, user.AssociationId, user.Roles));

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> LogoutAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signInManager)
    {
        // The endpoint binds no form, so the antiforgery middleware would only record the result: check it here.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem(title: "Missing or invalid antiforgery token", statusCode: StatusCodes.Status400BadRequest);
        }

        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect("/account/login");
    }

    private static RedirectHttpResult SetCulture(
        HttpContext context, TimeProvider timeProvider, [FromQuery] string culture, [FromQuery] string? returnUrl)
    {
        var chosen = SupportedCultures.Find(culture) ?? SupportedCultures.Default;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen, chosen)),
            new CookieOptions { Expires = timeProvider.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return TypedResults.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>Only local paths are followed, so the switch cannot be used as an open redirect.</summary>
    internal static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
