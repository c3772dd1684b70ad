using Cpic.Clients.Domain;
using Wolverine;

namespace Cpic.Clients.Features.Residence;

/// <summary>
/// The durable checks that recorded residence statuses need, in one place for every way of recording them (recording,
/// merging, importing), so none misses one: each status starting later takes effect on its day
/// (<see cref="ResidenceTakesEffectHandler"/>), and the end of the status named to be announced is announced ahead
/// (<see cref="ResidenceExpiringHandler"/>).
/// </summary>
internal static class ResidenceChecks
{
    public static void Schedule(OutgoingMessages messages, Guid clientId, IEnumerable<ResidenceStatus> recorded,
        ResidenceStatus announced, DateOnly today, int expiringDays)
    {
        foreach (var status in recorded)
        {
            ResidenceTakesEffectHandler.ScheduleFor(messages, clientId, status.ValidFrom, today);
        }

        ResidenceExpiringHandler.ScheduleFor(messages, clientId, announced, today, expiringDays);
    }
}
