using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cpic.BuildingBlocks.Http;

/// <summary>
/// Headers on every answer (the host also drops Kestrel's <c>Server</c> header): <c>nosniff</c>; <c>Cache-Control: no-store</c> on the API (its answers carry personal data;
/// reference data keep their own caching); a strict Content-Security-Policy on HTML pages (certificates), which need
/// no scripts, frames or outside resources. The Swagger UI, a developer tool with its own scripts, keeps its defaults.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            var path = http.Request.Path;
            if (path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/v1/reference"))
            {
                headers.CacheControl = "no-store";
            }

            if (http.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true && !path.StartsWithSegments("/swagger"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            return Task.CompletedTask;
        });
        await next(http);
    });
}
