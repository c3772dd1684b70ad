using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using Marten;

namespace Cpic.Counselling.Features.Timeline;

/// <summary>
/// Subscribes to the module's own service events through the outbox. Each handler rebuilds the timeline entries
/// from the stored record rather than from the event, so events handled out of order still end in the current state.
/// </summary>
public static class ClientTimelineHandler
{
    public static Task Handle(ServiceRecorded recorded, IDocumentSession session, CancellationToken ct) =>
        RebuildAsync(recorded.ServiceId, session, ct);

    public static Task Handle(ServiceCorrected corrected, IDocumentSession session, CancellationToken ct) =>
        RebuildAsync(corrected.ServiceId, session, ct);

    public static Task Handle(ServiceCancelled cancelled, IDocumentSession session, CancellationToken ct) =>
        RebuildAsync(cancelled.ServiceId, session, ct);

    private static async Task RebuildAsync(Guid serviceId, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ServiceRecord>(serviceId, ct) is { } service)
        {
            ClientTimelineEntry.Rebuild(session, service);
        }
    }
}
