using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>Reads a sending of the caller's centre with its deliveries (404 otherwise).</summary>
internal static class SendingReader
{
    public static async Task<SendingResponse> LoadAsync(Guid id, IQuerySession session, CancellationToken ct)
    {
        var sending = await session.LoadAsync<Sending>(id, ct) ?? throw new NotFoundException("Sending", id.ToString());
        var deliveries = await session.Query<Delivery>().Where(d => d.SendingId == id).OrderBy(d => d.Name).ToListAsync(ct);
        return SendingResponse.Of(sending, deliveries);
    }
}
