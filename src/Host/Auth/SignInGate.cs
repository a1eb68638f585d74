using Microsoft.AspNetCore.Identity;

namespace WorkflowOffice.Host.Auth;

/// <summary>
/// The one way the sign-in page and the token endpoint check a password: throttled by <see cref="SignInThrottle"/>
/// before the password is looked at, and with Identity's own lockout left to administrators (an anonymous caller's
/// failures never set it). An unknown e-mail costs a password hash like a known one, so timing does not tell either.
/// </summary>
public sealed class SignInGate(SignInManager<AppUser> signInManager, SignInThrottle throttle, IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody", Email = "nobody" };
    private static readonly Lazy<string> NobodyHash = new(() => new PasswordHasher<AppUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(HttpContext context, string email, string password, bool persistent)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        email = email.Trim();
        switch (throttle.Check(address, email))
        {
            case SignInBlock.Address:
                return SignInOutcome.TooManyAttempts;
            case SignInBlock.Account:
                return SignInOutcome.Locked;
        }

        var user = await signInManager.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password);
            throttle.Failed(address, email);
            return SignInOutcome.Failed;
        }

        var result = await signInManager.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(address, email);
            return SignInOutcome.Succeeded;
        }

        throttle.Failed(address, email);
        return result.IsLockedOut ? SignInOutcome.Locked : SignInOutcome.Failed;
    }
}
