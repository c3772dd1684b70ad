using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;

namespace Cpic.BuildingBlocks.Reference;

/// <summary>Which language a code list is labelled in: <c>?lang=</c>, else <c>Accept-Language</c>, else Czech.</summary>
public static class LabelLanguages
{
    public const string Fallback = "cs";

    /// <summary>The languages every code list has labels in (ISO 639-1), Czech first.</summary>
    public static readonly IReadOnlyList<string> All = ["cs", "en", "uk", "ru", "vi"];

    /// <summary>
    /// <c>lang</c> wins when given (422 when it names no language of <see cref="All"/>); else the supported language
    /// the caller's <c>Accept-Language</c> weighs highest (q-values, q=0 excluded, equal weights in the header's order);
    /// else Czech.
    /// </summary>
    public static string Choose(string? lang, HttpRequest request)
    {
        if (lang is not null)
        {
            return Supported(lang) ?? throw new UnprocessableException("lang", $"lang is one of: {string.Join(", ", All)}.");
        }

        return request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Supported(l.Value.Value))
            .FirstOrDefault(l => l is not null) ?? Fallback;
    }

    private static string? Supported(string? tag)
    {
        var primary = tag?.Split('-')[0];
        return All.FirstOrDefault(l => string.Equals(l, primary, StringComparison.OrdinalIgnoreCase));
    }
}
