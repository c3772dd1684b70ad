using Cpic.BuildingBlocks.Http;
using Marten;
using JasperFx;

namespace Cpic.BuildingBlocks.Persistence;

/// <summary>
/// The load-check-version step of every update (ADR 0007, 0011): the handler's command carries the version the caller
/// read (<c>If-Match</c>), <see cref="LoadForUpdateAsync{T}"/> answers 404 or 412, <see cref="NextRevision{T}"/>
/// stores the change under the next version, which the response and its <c>ETag</c> carry.
/// </summary>
public static class Revisions
{
    /// <summary>
    /// The <paramref name="what"/> to change: 404 when the caller's centre has none with <paramref name="id"/>, 412
    /// (with the current ETag) unless its stored version is <paramref name="expectedVersion"/>.
    /// </summary>
    public static async Task<T> LoadForUpdateAsync<T>(this IDocumentSession session, Guid id, long expectedVersion,
        string what, CancellationToken ct) where T : class, IRevisioned
    {
        var document = await session.LoadAsync<T>(id, ct) ?? throw new NotFoundException(what, id.ToString());
        return document.Version == expectedVersion
            ? document
            : throw PreconditionFailedException.Stale(what.ToLowerInvariant(), document.Version);
    }

    /// <summary>Stores <paramref name="document"/> under its next version (a concurrent change then fails) and returns it.</summary>
    public static int NextRevision<T>(this IDocumentSession session, T document) where T : class, IRevisioned
    {
        var next = document.Version + 1;
        session.UpdateRevision(document, next);
        return next;
    }
}
