namespace TechSelfReliance.Api.Security;

/// <summary>
/// Adds the security headers to every response: a Content-Security-Policy that allows only this origin
/// (and the page's import map by its hash; the API reference page also needs inline script for its configuration), nosniff, no framing, no referrer.
/// Thread-safe (stateless).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, InlineScriptHashes hashes)
{
    private readonly string _policy =
        $"default-src 'self'; script-src 'self' {hashes.Sources}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var policy = context.Request.Path.StartsWithSegments("/scalar") ? ReferencePagePolicy : _policy;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
