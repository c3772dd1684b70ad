using Cpic.BuildingBlocks;
using Cpic.Clients.Domain;
using Marten;

namespace Cpic.Clients.Features.Retention;

/// <summary>
/// A record the retention policy anonymises on <see cref="DueOn"/>: the day after its last activity (the record's last
/// change or the client's last service reported by Counselling) is <c>Clients:RetentionYears</c> old.
/// </summary>
internal sealed record DueRecord(Guid ClientId, string Code, string Centre, DateOnly LastChangeOn, DateOnly? LastServiceOn,
    DateOnly DueOn);

internal static class RetentionDue
{
    /// <summary>
    /// The records a run on <paramref name="on"/> anonymises, of <paramref name="centre"/> or of every centre (null),
    /// soonest due first. Reads ids and dates only.
    /// </summary>
    public static async Task<IReadOnlyList<DueRecord>> FindAsync(IQuerySession session, DateOnly on, int years,
        string? centre, CancellationToken ct)
    {
        var cutoffDay = on.AddYears(-years);
        var cutoff = new DateTimeOffset(cutoffDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var query = session.Query<Client>()
            .Where(c => c.AnyTenant() && c.AnonymisedAt == null && c.MergedInto == null && c.LastActivityAt < cutoff);
        if (centre is not null) query = query.Where(c => c.Centre == centre);
        var candidates = await query.Select(c => new { c.Id, c.Code, c.Centre, c.LastActivityAt }).ToListAsync(ct);
        var served = await LastServiceDatesHandler.LastServicesAsync(session, [.. candidates.Select(c => c.Id)], ct);
        return [.. candidates
            .Select(c => (c, Last: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.LastActivityAt, Clock.Prague).DateTime), Service: served.TryGetValue(c.Id, out var day) ? day : (DateOnly?)null))
            .Where(x => x.Service is not { } s || s < cutoffDay)
            .Select(x => new DueRecord(x.c.Id, x.c.Code, x.c.Centre, x.Last, x.Service,
                (x.Service is { } s && s > x.Last ? s : x.Last).AddYears(years).AddDays(1)))
            .OrderBy(d => d.DueOn).ThenBy(d => d.ClientId)];
    }
}
