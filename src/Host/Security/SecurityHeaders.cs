namespace WorkflowOffice.Host.Security;

/// <summary>
/// The response headers every answer carries. The Content-Security-Policy allows only this host's own scripts (the
/// designer's bundle included) and no inline script, except the one hashed <c>window.print()</c> of the board
/// meeting minute; styles may be inline because the BPMN canvas and the charts set them on elements.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self' 'unsafe-hashes' 'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'self'";

    public static void Apply(HttpContext context, string? strictTransportSecurity)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Swagger UI's page configures itself with an inline script; it is for signed-in staff outside Development.
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
            ? ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' 'unsafe-inline'", StringComparison.Ordinal)
            : ContentSecurityPolicy;
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (strictTransportSecurity is not null && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = strictTransportSecurity;
        }

        headers.Remove("Server");
        headers.Remove("X-Powered-By");
    }
}
