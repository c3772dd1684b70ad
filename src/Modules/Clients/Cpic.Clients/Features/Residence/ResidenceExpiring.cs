using Cpic.BuildingBlocks;
using Cpic.Clients.Contracts;
using Cpic.Clients.Domain;
using Marten;
using Wolverine;

namespace Cpic.Clients.Features.Residence;

/// <summary>Announce, if it still holds, that the client's status <c>ValidFrom</c>–<c>ValidUntil</c> ends soon.</summary>
public sealed record CheckResidenceExpiring(Guid ClientId, DateOnly ValidFrom, DateOnly ValidUntil);

/// <summary>That <see cref="ResidenceExpiring"/> went out for a status: a redelivered check finds it and sends nothing (and
/// two at once collide on its id).</summary>
internal sealed class ResidenceExpiringSent
{
    public string Id { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    public static string IdOf(CheckResidenceExpiring check) => $"{check.ClientId}:{check.ValidFrom:yyyy-MM-dd}:{check.ValidUntil:yyyy-MM-dd}";
}

/// <summary>
/// Recording a status with an end (or merging in a record that has one) schedules a durable check for midnight in
/// Prague <c>Clients:ResidenceExpiringDays</c> before the end, or sends it at once when that day has come. On delivery
/// the status must still be the client's latest one, with the same start and end: a newer status, a correction (a
/// status with the same start recorded again, ending another day), a merge into another record or an anonymisation
/// cancels it. The message carries ids and dates only; the category is read then.
/// </summary>
public static class ResidenceExpiringHandler
{
    internal static void ScheduleFor(OutgoingMessages messages, Guid clientId, ResidenceStatus status, DateOnly today, int days)
    {
        if (status.ValidUntil is { } end && end >= today)
        {
            var check = new CheckResidenceExpiring(clientId, status.ValidFrom, end);
            var day = end.AddDays(-days);
            messages.Add(day > today ? check.ScheduledAt(day.StartInPrague()) : check);
        }
    }

    public static async Task<OutgoingMessages> Handle(CheckResidenceExpiring check, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var client = await session.LoadAsync<Client>(check.ClientId, ct);
        var latest = client?.EffectiveResidence.MaxBy(s => s.ValidFrom);
        if (client is not { MergedInto: null, AnonymisedAt: null } || latest is null
            || (latest.ValidFrom, latest.ValidUntil) != (check.ValidFrom, check.ValidUntil)
            || await session.LoadAsync<ResidenceExpiringSent>(ResidenceExpiringSent.IdOf(check), ct) is not null)
        {
            return [];
        }

        session.Insert(new ResidenceExpiringSent { Id = ResidenceExpiringSent.IdOf(check), SentAt = clock.GetUtcNow() });
        return [new ResidenceExpiring(check.ClientId, session.TenantId, latest.Category, check.ValidUntil)];
    }
}
