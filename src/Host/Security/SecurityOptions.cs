namespace WorkflowOffice.Host.Security;

/// <summary>Transport and exposure settings (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Trust <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> from the proxies in <see cref="KnownProxies"/> (and
    /// loopback), so that a TLS-terminating proxy makes requests HTTPS: HSTS, HTTPS redirection, <c>Secure</c> cookies.
    /// </summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the reverse proxies whose forwarded headers are believed (besides loopback).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Swagger and the OpenAPI document without signing in; by default only in Development.</summary>
    public bool? PublicApiDocs { get; set; }

    /// <summary>How long browsers remember to use HTTPS only (the <c>Strict-Transport-Security</c> max-age).</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
