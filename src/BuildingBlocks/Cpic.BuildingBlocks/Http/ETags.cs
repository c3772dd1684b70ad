using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cpic.BuildingBlocks.Http;

/// <summary>Strong ETags derived from a resource's version; <c>If-Match</c> required on updates.</summary>
public static class ETags
{
    /// <summary>What <see cref="ExpectedVersion"/> answers for a weak tag: no version is negative, so it never matches.</summary>
    public const long WeakTag = -1;

    public static string For(long version) => $"\"{version}\"";

    /// <summary>Declares in the OpenAPI document that the operation answers with an <c>ETag</c>.</summary>
    public static RouteHandlerBuilder ProducesETag(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ETagMetadata());

    /// <summary>
    /// Declares a cached read: it answers with an <c>ETag</c> and honours <c>If-None-Match</c> (304 when it names the
    /// current version).
    /// </summary>
    public static RouteHandlerBuilder HonoursIfNoneMatch(this RouteHandlerBuilder builder) =>
        builder.ProducesETag().WithMetadata(new IfNoneMatchMetadata()).Produces(StatusCodes.Status304NotModified);

    /// <summary>Declares the required <c>If-Match</c> header and its 412 and 428 problems in the OpenAPI document.</summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IfMatchMetadata())
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>
    /// Answers a cached read (<see cref="HonoursIfNoneMatch"/>): sets <paramref name="etag"/> on the response and says
    /// whether <c>If-None-Match</c> names it (one of a list, weakly compared, or <c>*</c>), so the caller answers 304.
    /// </summary>
    public static bool NotModified(this HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        return http.Request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(','))
            .Select(t => t.Trim()).Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t)
            .Any(t => t == "*" || t == etag);
    }

    /// <summary>Sets the response's <c>ETag</c>; the endpoint declares <see cref="ProducesETag"/> (an architecture test checks).</summary>
    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = For(version);

    /// <summary>
    /// The version named by <c>If-Match</c> (the endpoint declares <see cref="RequiresIfMatch"/>). Missing: 428.
    /// Unparsable or <c>*</c>: 412. A weak tag (<c>W/"3"</c>) never matches, as If-Match compares strongly
    /// (RFC 9110, 13.1.1): <see cref="WeakTag"/>, so the caller answers 412 with the current ETag.
    /// </summary>
    public static long ExpectedVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            throw new PreconditionRequiredException();
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            return WeakTag;
        }

        return long.TryParse(header.Trim('"'), out var version) && version >= 0
            ? version
            : throw new PreconditionFailedException("If-Match does not name a version of this resource.");
    }

    /// <summary>Throws 412 when the stored version is not the one the client read.</summary>
    public static void EnsureMatches(this HttpRequest request, long currentVersion)
    {
        if (request.ExpectedVersion() != currentVersion)
        {
            throw PreconditionFailedException.Stale("resource", currentVersion);
        }
    }
}

public sealed class ETagMetadata;

public sealed class IfMatchMetadata;

public sealed class IfNoneMatchMetadata;
