using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Cpic.BuildingBlocks.Http;

/// <summary>
/// The largest request body an operation takes: 1 MB unless the endpoint declares more with <see cref="AcceptsBodyUpTo"/>
/// (CSV imports). A larger body is a 413 problem, from its Content-Length before it is read, or from the server once a
/// streamed body passes the limit.
/// </summary>
public static class BodyLimits
{
    public const long Default = 1024 * 1024;

    /// <summary>Declares a larger body limit for the operation (and the 413 problem in the OpenAPI document).</summary>
    public static RouteHandlerBuilder AcceptsBodyUpTo(this RouteHandlerBuilder builder, long bytes) =>
        builder.WithMetadata(new BodyLimit(bytes)).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? Default;
        if (http.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(http);
    });

    public static ProblemException TooLarge(long limit) => new(ProblemTypes.PayloadTooLarge,
        $"The request body exceeds {limit / 1024} KB, the limit of this operation.");
}

public sealed record BodyLimit(long Bytes);
