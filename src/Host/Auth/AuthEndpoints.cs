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
        LoginRequest request, SignInManager<AppUser> signInManager)
    {
        // The bearer handler's SignInAsync writes the token response itself.
        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        return result.IsLockedOut
            ? TypedResults.Problem(
                title: "Account locked",
                detail: "The account is locked after too many failed sign-in attempts; try again later or ask an administrator.",
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["locked"] = true })
            : TypedResults.Problem(
                title: "Sign-in failed",
                detail: "The e-mail or the password is wrong.",
                statusCode: StatusCodes.Status401Unauthorized);
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
