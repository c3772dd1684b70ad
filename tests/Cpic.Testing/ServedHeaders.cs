using System.Text.RegularExpressions;
using Cpic.BuildingBlocks.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace Cpic.Testing;

/// <summary>
/// Checks in every test that the headers a client acts on (<c>Location</c>, <c>ETag</c>, <c>Retry-After</c>,
/// <c>Idempotent-Replayed</c>, <c>Cpic-*</c>) are declared in the OpenAPI document for the operation and status that
/// sends them: an undeclared one turns the answer into a 500, with the header <see cref="Fault"/> naming it.
/// </summary>
public sealed partial class ServedHeaders(ISwaggerProvider swagger) : IStartupFilter
{
    public const string Fault = "Cpic-Test-Fault";

    private static readonly string[] Checked = ["Location", "ETag", "Retry-After", "Idempotent-Replayed", "Content-Language"];

    private readonly Lazy<OpenApiDocument> _document = new(() => swagger.GetSwagger(OpenApiSetup.DocumentName));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, inner) =>
        {
            http.Response.OnStarting(() =>
            {
                var undeclared = Undeclared(http);
                if (undeclared.Count > 0)
                {
                    http.Response.Headers[Fault] = $"{http.Response.StatusCode} sends undeclared {string.Join(", ", undeclared)}";
                    http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                }

                return Task.CompletedTask;
            });
            await inner(http);
        });
        next(app);
    };

    private List<string> Undeclared(HttpContext http)
    {
        var sent = http.Response.Headers.Keys
            .Where(h => Checked.Contains(h, StringComparer.OrdinalIgnoreCase) || h.StartsWith("Cpic-", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (sent.Count == 0 || http.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } route })
        {
            return [];
        }

        var path = "/" + Parameter().Replace(route, "{$1}").TrimStart('/');
        if (_document.Value.Paths.TryGetValue(path, out var item) is false
            || item.Operations?.GetValueOrDefault(HttpMethod.Parse(http.Request.Method)) is not { } operation)
        {
            return [];
        }

        var declared = operation.Responses?.GetValueOrDefault(http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?.Headers?.Keys ?? [];
        return [.. sent.Where(h => !declared.Contains(h, StringComparer.OrdinalIgnoreCase))];
    }

    [GeneratedRegex(@"\{\*{0,2}(\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
