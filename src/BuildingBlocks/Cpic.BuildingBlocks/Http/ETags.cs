using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cpic.BuildingBlocks.Http;

/// <summary>Strong ETags derived from a resource's version; <c>If-Match</c> required on updates.</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    /// <summary>Declares in the OpenAPI document that the operation answers with an <c>ETag</c>.</summary>
    public static RouteHandlerBuilder ProducesETag(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ETagMetadata());

    /// <summary>Declares the required <c>If-Match</c> header and its 412 and 428 problems in the OpenAPI document.</summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IfMatchMetadata())
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>Sets the response's <c>ETag</c>; the endpoint declares <see cref="ProducesETag"/> (an architecture test checks).</summary>
    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = For(version);

    /// <summary>
    /// The version named by <c>If-Match</c> (the endpoint declares <see cref="RequiresIfMatch"/>). Missing: 428.
    /// Unparsable or <c>*</c>: 412 unless current.
    /// </summary>
    public static long ExpectedVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            throw new PreconditionRequiredException();
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return long.TryParse(value.Trim('"'), out var version)
            ? version
            : throw new PreconditionFailedException("If-Match does not name a version of this resource.");
    }

    /// <summary>Throws 412 when the stored version is not the one the client read.</summary>
    public static void EnsureMatches(this HttpRequest request, long currentVersion)
    {
        if (request.ExpectedVersion() != currentVersion)
        {
            throw new PreconditionFailedException(
                $"The resource has changed (current ETag {For(currentVersion)}). Read it again and reapply your change.");
        }
    }
}

public sealed class ETagMetadata;

public sealed class IfMatchMetadata;
