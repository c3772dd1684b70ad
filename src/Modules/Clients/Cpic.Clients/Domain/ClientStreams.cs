using Cpic.BuildingBlocks.Http;
using Marten;
using JasperFx.Events;

namespace Cpic.Clients.Domain;

internal static class ClientStreams
{
    /// <summary>
    /// The client's stream for a write, checked at <paramref name="expectedVersion"/> when given (a concurrent
    /// write in between is a 409). Another centre's client is simply not found; merged or anonymised records
    /// no longer change.
    /// </summary>
    public static async Task<IEventStream<Client>> FetchLiveAsync(this IDocumentSession session, Guid id,
        long? expectedVersion, CancellationToken ct)
    {
        var stream = expectedVersion is { } version
            ? await session.Events.FetchForWriting<Client>(id, version, ct)
            : await session.Events.FetchForWriting<Client>(id, ct);
        var client = stream.Aggregate ?? throw new NotFoundException("Client", id.ToString());
        if (client.MergedInto is { } survivor)
        {
            throw new ConflictException(ProblemTypes.ClientMerged, $"Client '{id}' was merged into '{survivor}'; change that record instead.",
                new Dictionary<string, object?> { ["mergedInto"] = survivor });
        }

        return client.AnonymisedAt is null ? stream : throw new ConflictException($"Client '{id}' is anonymised.");
    }

    /// <summary>A client of the caller's centre for reading, or 404.</summary>
    public static async Task<Client> LoadClientAsync(this IQuerySession session, Guid id, CancellationToken ct) =>
        await session.LoadAsync<Client>(id, ct) ?? throw new NotFoundException("Client", id.ToString());

    /// <summary>Every record merged into <paramref name="client"/>, also through earlier merges into those records.</summary>
    public static async Task<IReadOnlyList<Guid>> MergedRecordsAsync(this IQuerySession session, Client client,
        CancellationToken ct)
    {
        var found = new List<Guid>();
        var next = client.MergedFrom.ToList();
        while (next.Count > 0)
        {
            found.AddRange(next);
            var merged = await session.LoadManyAsync<Client>(ct, next);
            next = [.. merged.SelectMany(m => m.MergedFrom).Except(found)];
        }

        return found;
    }
}
