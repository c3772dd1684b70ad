using System.Globalization;
using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// A calendar month or year of the network, a region, a centre or a workplace without a cross table is read from
/// the statistics cube (ADR 0141): the rows <see cref="StatisticsSql"/> would compute, kept up to date by the fact
/// handlers. Any other period or scope is aggregated from the facts.
/// </summary>
internal static class CubeSlice
{
    private const string Sql = """
        select kind, mask, key, null::text, clients, services, received, minutes from monitoring.statistics_cube
        where period = @period and scope_kind = @scope_kind and scope = @scope
          and (clients <> 0 or services <> 0 or received <> 0 or minutes <> 0)
        """;

    public static NpgsqlCommand? Command(NpgsqlConnection connection, StatisticsFilter filter)
    {
        var period = Period(filter.From, filter.To);
        (string Kind, string? Value)[] scopes =
            [("centre", filter.Centre), ("workplace", filter.Workplace), ("region", filter.Region)];
        var given = scopes.Where(s => s.Value is not null).ToList();
        if (period is null || filter.GroupBy.Count > 0 || given.Count > 1)
        {
            return null;
        }

        var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("period", period);
        command.Parameters.AddWithValue("scope_kind", given.Count == 0 ? "network" : given[0].Kind);
        command.Parameters.AddWithValue("scope", given.Count == 0 ? "" : given[0].Value!);
        return command;
    }

    // Compared without adding to the dates: 9999-12 has no next month.
    private static string? Period(DateOnly from, DateOnly to) =>
        from.Day == 1 && to == new DateOnly(from.Year, from.Month, DateTime.DaysInMonth(from.Year, from.Month))
            ? from.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : from.DayOfYear == 1 && to == new DateOnly(from.Year, 12, 31) ? from.ToString("yyyy", CultureInfo.InvariantCulture)
        : null;
}
