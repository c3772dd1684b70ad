using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;
using Wolverine;

namespace Cpic.Platforms.Features;

/// <summary>A response that carries its document's version, sent as the ETag.</summary>
internal interface IVersionedResponse
{
    int Version { get; }
}

/// <summary>The tail of the module's write endpoints: invoke the command, put the answer's version in the ETag, answer.</summary>
internal static class VersionedAnswers
{
    /// <summary>200 with the answer and its ETag.</summary>
    public static async Task<IResult> OkAsync<T>(this IMessageBus bus, object command, HttpResponse response, CancellationToken ct)
        where T : IVersionedResponse
    {
        var answer = await bus.InvokeAsync<T>(command, ct);
        response.SetETag(answer.Version);
        return Results.Ok(answer);
    }

    /// <summary>201 with the answer, its ETag and its <paramref name="location"/>.</summary>
    public static async Task<IResult> CreatedAsync<T>(this IMessageBus bus, object command, HttpResponse response,
        Func<T, string> location, CancellationToken ct) where T : IVersionedResponse
    {
        var answer = await bus.InvokeAsync<T>(command, ct);
        response.SetETag(answer.Version);
        return Results.Created(location(answer), answer);
    }
}
