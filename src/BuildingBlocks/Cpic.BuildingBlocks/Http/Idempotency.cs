using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Marten;
using JasperFx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.BuildingBlocks.Http;

/// <summary>A POST's stored outcome, keyed by user, centre, route and <c>Idempotency-Key</c>.</summary>
public sealed class IdempotencyRecord
{
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public bool Completed { get; set; }
    public int Status { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[] Body { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// Honours <c>Idempotency-Key</c> on POST: the first successful response is stored and replayed for a repeat
/// with the same key and body (header <c>Idempotent-Replayed: true</c>); the same key with another body is a
/// 422. Nothing is claimed before the request writes: the key's record is inserted in the transaction of the request's
/// write (<see cref="IdempotencyClaim"/>), so it exists exactly when the write does. A concurrent duplicate loses that
/// insert and gets 409 with its write undone; a request that failed before committing left nothing, so a retry runs
/// again; one whose write committed but whose response was lost (the host or the database failed in between) is
/// answered 409 "carried out" for good, never run twice (ADR 0007). Keys live for 24 hours. A key is the caller's own
/// within their centre: the same subject with another centre's token (or another user) never gets this response.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (ctx, next) =>
        {
            var http = ctx.HttpContext;
            var key = http.Request.Headers[Header].ToString();
            if (key.Length == 0)
            {
                return await next(ctx);
            }

            if (key.Length > 200)
            {
                throw new UnprocessableException(Header, "Idempotency-Key must be at most 200 characters.", ProblemTypes.IdempotencyKeyReused);
            }

            var store = http.RequestServices.GetRequiredService<IDocumentStore>();
            var id = Hash($"{http.User.UserId()}|{http.User.CentreCode()}|{http.Request.Path}|{key}");
            var requestHash = Hash(JsonSerializer.Serialize(RequestData(ctx)));
            await using var session = store.QuerySession();
            var existing = await session.LoadAsync<IdempotencyRecord>(id, http.RequestAborted);
            if (existing is not null && existing.CreatedAt > DateTimeOffset.UtcNow - Lifetime)
            {
                return Replay(existing, requestHash);
            }

            var record = new IdempotencyRecord { Id = id, RequestHash = requestHash, CreatedAt = DateTimeOffset.UtcNow };
            using var claim = IdempotencyClaim.Open(record, replacesExpired: existing is not null);
            return await ExecuteAndRecord(ctx, next, store, claim);
        }).WithMetadata(new IdempotentEndpointMetadata());

    private static IResult Replay(IdempotencyRecord record, string requestHash)
    {
        if (record.RequestHash != requestHash)
        {
            throw new UnprocessableException(Header, "This Idempotency-Key was used with a different request.", ProblemTypes.IdempotencyKeyReused);
        }

        if (!record.Completed)
        {
            throw new ConflictException(ProblemTypes.RequestCarriedOut, "The request with this Idempotency-Key was carried out, but its response was lost " +
                "in a failure. Read the record (e.g. from the list) instead of sending it again.",
                new Dictionary<string, object?> { ["carriedOut"] = true });
        }

        return new ReplayedResult(record);
    }

    private static async Task<object?> ExecuteAndRecord(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next,
        IDocumentStore store, IdempotencyClaim claim)
    {
        var http = ctx.HttpContext;
        var result = await next(ctx);
        if (result is not IResult response)
        {
            return result;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await response.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        if (http.Response.StatusCode is >= 200 and < 300)
        {
            await Complete(store, claim.Record, http, buffer.ToArray());
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return Results.Empty;
    }

    private static async Task Complete(IDocumentStore store, IdempotencyRecord record, HttpContext http, byte[] body)
    {
        await using var session = store.LightweightSession();
        record.Completed = true;
        record.Status = http.Response.StatusCode;
        record.ContentType = http.Response.ContentType;
        record.Location = http.Response.Headers.Location.ToString();
        record.ETag = http.Response.Headers.ETag.ToString();
        record.Body = body;
        session.Store(record);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>The arguments bound from the request (body, route, query), not the injected services.</summary>
    private static IEnumerable<object?> RequestData(EndpointFilterInvocationContext ctx)
    {
        var parameters = ctx.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        var services = ctx.HttpContext.RequestServices.GetRequiredService<IServiceProviderIsService>();
        return ctx.Arguments.Where((argument, i) => i < parameters.Length
            && !services.IsService(parameters[i].ParameterType)
            && argument is not (HttpContext or HttpRequest or HttpResponse or CancellationToken or ClaimsPrincipal));
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private sealed class ReplayedResult(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = record.Status;
            http.Response.Headers["Idempotent-Replayed"] = "true";
            if (!string.IsNullOrEmpty(record.ContentType)) http.Response.ContentType = record.ContentType;
            if (!string.IsNullOrEmpty(record.Location)) http.Response.Headers.Location = record.Location;
            if (!string.IsNullOrEmpty(record.ETag)) http.Response.Headers.ETag = record.ETag;
            await http.Response.Body.WriteAsync(record.Body, http.RequestAborted);
        }
    }
}

/// <summary>Marks endpoints that honour <c>Idempotency-Key</c> (the OpenAPI filter documents the header).</summary>
public sealed class IdempotentEndpointMetadata;
