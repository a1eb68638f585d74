namespace WorkflowOffice.Host.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Lifetime of an API access token.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Lifetime of an API refresh token.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Sliding lifetime of the sign-in cookie of the web pages.</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Wrong passwords for one account from one address, within <see cref="LockoutDuration"/>, before that
    /// address may not try that account any more (other addresses still may).</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    /// <summary>Failed sign-ins from one address (any accounts) within <see cref="LockoutDuration"/> before it gets 429.</summary>
    public int MaxFailedSignInsPerAddress { get; set; } = 30;

    /// <summary>The window over which failed sign-ins are counted (and so how long a throttled address waits).</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
