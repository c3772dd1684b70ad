using System.ComponentModel;
using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Cpic.BuildingBlocks.Reference;

/// <summary>
/// Serves a code list in the caller's language (<see cref="LabelLanguages.Choose"/>): each entry keeps its <c>cs</c>
/// and <c>en</c> labels and gets <c>label</c> in the language served, named by <c>Content-Language</c>. The ETag is
/// the list's version and language, so <c>If-None-Match</c> answers 304 per language; <c>Vary: Accept-Language</c>.
/// </summary>
public static class CodeListRoutes
{
    /// <summary>What every code list's description says about its labels.</summary>
    public const string Languages = "Each entry has its Czech (`cs`) and English (`en`) label and `label` in the language " +
        "chosen by `?lang=` or else `Accept-Language` (cs, en, uk, ru, vi; Czech when none of them is asked for), which " +
        "`Content-Language` names. The ETag differs per language.";

    public static RouteHandlerBuilder MapCodeList<T>(this IEndpointRouteBuilder app, string pattern, CodeList<T> list)
        where T : ICodeListItem =>
        app.MapGet(pattern, (HttpContext http,
                [Description("The language of `label`: cs, en, uk, ru or vi (another value is a 422); wins over Accept-Language.")] string? lang,
                [FromHeader(Name = "Accept-Language")]
                [Description("Languages you read, with q-values (e.g. `uk-UA,uk;q=0.9,en;q=0.8`); Czech when none is served.")]
                string? acceptLanguage) =>
            {
                var language = LabelLanguages.Choose(lang, http.Request);
                http.Response.Headers.ContentLanguage = language;
                http.Response.Headers.Vary = "Accept-Language";
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return http.NotModified($"\"{list.Version}-{language}\"")
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Ok(list.In(language));
            })
            .WithSummary($"Code list: {list.Name}")
            .Produces<IReadOnlyList<T>>().HonoursIfNoneMatch()
            .ProducesHeader("Content-Language", "The language of `label`: cs, en, uk, ru or vi.", 200, 304)
            .ProducesHeader("Vary", "Accept-Language: caches keep one answer per language.", 200, 304)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
