using Cpic.Clients.Contracts;

namespace Cpic.Clients.Domain;

/// <summary>The integration events (Cpic.Clients.Contracts) built from a client: key and statistics, never names.</summary>
internal static class IntegrationEvents
{
    public static ClientRegistered Registered(Guid id, string centre, string code, ClientDetails d, DateOnly on) =>
        new(id, centre, d.Workplace, code, d.Anonymous, d.Sex, d.KnownBirthYear, d.Nationality, on,
            d.StatisticalBirthYearBand);

    public static ClientProfileChanged ProfileChanged(Guid id, string centre, ClientDetails d) =>
        new(id, centre, d.Workplace, d.Sex, d.KnownBirthYear, d.Nationality, d.StatisticalBirthYearBand);

    public static bool StatisticsDiffer(ClientDetails before, ClientDetails after) =>
        before.Workplace != after.Workplace || before.Sex != after.Sex || before.Nationality != after.Nationality
        || before.KnownBirthYear != after.KnownBirthYear || before.StatisticalBirthYearBand != after.StatisticalBirthYearBand;

    /// <summary>The status valid <paramref name="today"/> and the whole history of <paramref name="client"/>.</summary>
    public static ClientResidenceStatusChanged ResidenceChanged(Guid id, string centre, Client client, DateOnly today)
    {
        var s = client.StatusOn(today);
        return new(id, centre, s?.Category, s?.PermitType, s?.ValidFrom, s?.ValidUntil,
            [.. client.EffectiveResidence.OrderBy(r => r.ValidFrom).Select(r => new ResidenceCategorySince(r.Category, r.ValidFrom))]);
    }
}
