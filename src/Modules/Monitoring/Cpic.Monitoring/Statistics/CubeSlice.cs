using System.Globalization;
using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// A calendar month, quarter, half-year or year of the network, a region, a centre or a workplace is read from the
/// statistics cube (ADR 0141, 0146): the rows <see cref="StatisticsSql"/> would compute, kept up to date by the fact
/// handlers. A cross table of such a period is aggregated from its facts apart (<see cref="StatisticsSql.Cross"/>);
/// any other period or a combination of scopes is aggregated from the facts in one statement.
/// </summary>
internal static class CubeSlice
{
    private const string Sql = """
        select kind, mask, key, null::text, clients, services, received, minutes from monitoring.statistics_cube
        where period = @period and scope_kind = @scope_kind and scope = @scope
          and (clients <> 0 or services <> 0 or received <> 0 or minutes <> 0)
        """;

    /// <summary>Whether the cube holds the filter's period and scope.</summary>
    public static bool Holds(StatisticsFilter filter) => Period(filter.From, filter.To) is not null && Scopes(filter).Count <= 1;

    public static NpgsqlCommand? Command(NpgsqlConnection connection, StatisticsFilter filter)
    {
        if (!Holds(filter))
        {
            return null;
        }

        var given = Scopes(filter);
        var period = Period(filter.From, filter.To)!;
        var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("period", period);
        command.Parameters.AddWithValue("scope_kind", given.Count == 0 ? "network" : given[0].Kind);
        command.Parameters.AddWithValue("scope", given.Count == 0 ? "" : given[0].Value);
        return command;
    }

    private static List<(string Kind, string Value)> Scopes(StatisticsFilter filter) =>
        [.. new[] { ("centre", filter.Centre), ("workplace", filter.Workplace), ("region", filter.Region) }
            .Where(s => s.Item2 is not null).Select(s => (s.Item1, s.Item2!))];

    /// <summary>The cube's name of a calendar period (<c>2024-03</c>, <c>2024-Q1</c>, <c>2024-H1</c>, <c>2024</c>), or null.</summary>
    public static string? Period(DateOnly from, DateOnly to)
    {
        var year = from.Year.ToString(CultureInfo.InvariantCulture);
        // Months spanned, compared without adding to the dates: 9999-12 has no next month.
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        var whole = from.Day == 1 && to.Day == DateTime.DaysInMonth(to.Year, to.Month) && to.Year == from.Year;
        return !whole ? null
            : months == 1 ? from.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : months == 3 && from.Month % 3 == 1 ? string.Create(CultureInfo.InvariantCulture, $"{year}-Q{((from.Month - 1) / 3) + 1}")
            : months == 6 && from.Month % 6 == 1 ? string.Create(CultureInfo.InvariantCulture, $"{year}-H{((from.Month - 1) / 6) + 1}")
            : months == 12 ? year
            : null;
    }
}
