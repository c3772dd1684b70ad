using Cpic.BuildingBlocks;
using Cpic.Clients.Domain;
using Marten;
using Wolverine;

namespace Cpic.Clients.Features.Residence;

/// <summary>A residence status recorded in advance takes effect today: the client's current status changes.</summary>
public sealed record ResidenceStatusTakesEffect(Guid ClientId);

/// <summary>
/// A status recorded with a future <c>validFrom</c> is not current until that day, and no one records anything on it.
/// Recording it (or merging in a record that has one) schedules a durable message for midnight in Prague of that day,
/// which refreshes the client's current category (kept flat for the <c>residenceCategory</c> filter) and tells the
/// other modules.
/// </summary>
public static class ResidenceTakesEffectHandler
{
    internal static void ScheduleFor(OutgoingMessages messages, Guid clientId, DateOnly validFrom, DateOnly today)
    {
        if (validFrom > today)
        {
            messages.Add(new ResidenceStatusTakesEffect(clientId).ScheduledAt(validFrom.StartInPrague()));
        }
    }

    public static async Task<OutgoingMessages> Handle(ResidenceStatusTakesEffect message, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var client = await session.LoadAsync<Client>(message.ClientId, ct);
        if (client is null || client.MergedInto is not null)
        {
            return [];
        }

        client.Refresh(clock.Today());
        session.Store(client);
        return [IntegrationEvents.ResidenceChanged(client.Id, session.TenantId, client, clock.Today())];
    }
}
