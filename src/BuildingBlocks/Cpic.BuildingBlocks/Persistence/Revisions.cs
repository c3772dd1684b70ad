using Cpic.BuildingBlocks.Http;
using Marten;
using JasperFx;

namespace Cpic.BuildingBlocks.Persistence;

/// <summary>
/// The load-check-version step of every update (ADR 0007, 0011): the handler's command carries the version the caller
/// read (<c>If-Match</c>), <c>LoadForUpdateAsync</c> answers 404 or 412, <see cref="NextRevision{T}"/>
/// stores the change under the next version, which the response and its <c>ETag</c> carry.
/// </summary>
public static class Revisions
{
    /// <summary>
    /// The <paramref name="what"/> to change: 404 when the caller's centre has none with <paramref name="id"/>, 412
    /// (with the current ETag) unless its stored version is <paramref name="expectedVersion"/>.
    /// </summary>
    public static async Task<T> LoadForUpdateAsync<T>(this IDocumentSession session, Guid id, long expectedVersion,
        string what, CancellationToken ct) where T : class, IRevisioned =>
        Checked(await session.LoadAsync<T>(id, ct), id.ToString(), expectedVersion, what);

    /// <summary>The same for a document with a text id (a centre's reporting month, <c>LBC:2025-03</c>).</summary>
    public static async Task<T> LoadForUpdateAsync<T>(this IDocumentSession session, string id, long expectedVersion,
        string what, CancellationToken ct) where T : class, IRevisioned =>
        Checked(await session.LoadAsync<T>(id, ct), id, expectedVersion, what);

    private static T Checked<T>(T? document, string id, long expectedVersion, string what) where T : class, IRevisioned =>
        document is null ? throw new NotFoundException(what, id)
        : document.Version == expectedVersion ? document
        : throw PreconditionFailedException.Stale(what.ToLowerInvariant(), document.Version);

    /// <summary>Stores <paramref name="document"/> under its next version (a concurrent change then fails) and returns it.</summary>
    public static int NextRevision<T>(this IDocumentSession session, T document) where T : class, IRevisioned
    {
        var next = document.Version + 1;
        session.UpdateRevision(document, next);
        return next;
    }
}
