using Cpic.Monitoring.Activities;
using Marten;
using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Reads the statistics of a filter (the API, exports, month snapshots and metrics): services from the facts in memory
/// (<see cref="FactMemory"/>), courses and activities from their tables.
/// </summary>
internal sealed class StatisticsReader(IDocumentStore store)
{
    /// <summary>Version of the definitions in docs/statistics.md; bump it when a measure changes meaning.</summary>
    public const string DefinitionVersion = "2.0";

    public async Task<StatisticsResult> Read(StatisticsFilter filter, CancellationToken ct)
    {
        await using var connection = await OpenAsync(store, ct);
        var figures = await FactMemory.Of(store).Read(connection, filter, ct);
        var courses = await CourseStatisticsReader.Read(connection, filter, ct);
        var activities = await ActivityStatisticsReader.Read(connection, filter, ct);
        var p = filter.Public;
        var breakdowns = Dimension.All.ToDictionary(d => d.Name, d => (IReadOnlyList<StatisticsRow>)[
            .. figures.Breakdowns[d].Where(r => d != Dimension.InterpreterLanguage || r.Key is not null)
                .OrderByDescending(r => r.Measures[0]).ThenByDescending(r => r.Measures[1]).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new StatisticsRow(r.Key, Cell.Of(r.Measures[0], p), Cell.Of(r.Measures[d.OfClient ? 2 : 1], p),
                    d.OfClient ? null : Cell.Of(r.Measures[3], p)))]);
        var total = figures.Total;
        var totals = new StatisticsTotals(Cell.Of(total[0], p), Cell.Of(total[1], p),
            total[0] == 0 ? null : Math.Round((decimal)total[1] / total[0], 2), Cell.Of(total[3], p),
            Cell.Of(breakdowns[Dimension.InterpreterLanguage.Name].Sum(r => r.Services.Value), p),
            breakdowns[Dimension.Nationality.Name].Count(r => r.Code is not null));
        return new StatisticsResult(DefinitionVersion, new StatisticsPeriod(filter.From, filter.To),
            new StatisticsScope(filter.Centre, filter.Workplace, filter.Region), p, totals, breakdowns,
            Cross(filter, figures.Cross), courses, activities);
    }

    private static CrossTable? Cross(StatisticsFilter filter, IEnumerable<FigureRow> rows)
    {
        if (filter.GroupBy.Count == 0)
        {
            return null;
        }

        var ofClient = filter.GroupBy.Any(d => d.OfClient);
        return new CrossTable([.. filter.GroupBy.Select(d => d.Name)], [
            .. rows.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Key2, StringComparer.Ordinal)
                .Select(r => new CrossTableRow(filter.GroupBy.Count == 1 ? [r.Key] : [r.Key, r.Key2],
                    Cell.Of(r.Measures[0], filter.Public), Cell.Of(r.Measures[ofClient ? 2 : 1], filter.Public),
                    ofClient ? null : Cell.Of(r.Measures[3], filter.Public)))]);
    }

    public static void AddScope(NpgsqlCommand command, StatisticsFilter filter)
    {
        command.Parameters.AddWithValue("from", filter.From);
        command.Parameters.AddWithValue("to", filter.To);
        command.Parameters.Add(new NpgsqlParameter("centre", (object?)filter.Centre ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("workplace", (object?)filter.Workplace ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("region", (object?)filter.Region ?? DBNull.Value));
    }

    public static async Task<NpgsqlConnection> OpenAsync(IDocumentStore store, CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }
}
