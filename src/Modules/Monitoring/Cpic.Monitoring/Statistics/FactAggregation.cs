using Text = Cpic.Monitoring.Statistics.FactColumns.Text;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Counts the statistics of a filter over the facts in memory (ADR 0148, definitions in docs/statistics.md): the
/// filter's active rows are sorted by client, then each client's rows are added at once, so that a distinct client
/// is one "first time here" mark per value. A service counts once through its first row (ordinal 0), so a group
/// service with many clients is one service; a service without clients counts no client.
/// </summary>
internal static class FactAggregation
{
    public static FactFigures Aggregate(FactColumns facts, StatisticsFilter filter)
    {
        var rows = Select(facts, filter);
        var clients = Array.ConvertAll(rows, r => facts.Client[r]);
        Array.Sort(clients, rows);
        var sums = new FactSums(facts, filter.GroupBy, new AgeBands(facts, filter.To.Year));
        for (var start = 0; start < rows.Length;)
        {
            var end = start + 1;
            while (end < rows.Length && clients[end] == clients[start])
            {
                end++;
            }

            sums.AddClient(rows.AsSpan(start, end - start), counts: clients[start] >= 0);
            start = end;
        }

        return sums.Figures();
    }

    // The active rows of the period and scope.
    private static int[] Select(FactColumns facts, StatisticsFilter filter)
    {
        var (from, to) = (filter.From.DayNumber, filter.To.DayNumber);
        var scope = new[] { (Text.Centre, filter.Centre), (Text.Workplace, filter.Workplace), (Text.Region, filter.Region) }
            .Where(s => s.Item2 is not null).Select(s => (Column: facts.Texts[(int)s.Item1], Code: facts.Find(s.Item2!))).ToArray();
        if (scope.Any(s => s.Code < 0))
        {
            return [];
        }

        var rows = new List<int>();
        for (var r = 0; r < facts.Count; r++)
        {
            if (facts.Active[r] && facts.Date[r] >= from && facts.Date[r] <= to && InScope(scope, r))
            {
                rows.Add(r);
            }
        }

        return [.. rows];
    }

    private static bool InScope((ushort[] Column, int Code)[] scope, int row)
    {
        foreach (var (column, code) in scope)
        {
            if (column[row] != code)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The age band reached in the year <c>toYear</c> (the last day of the period), as a code.</summary>
internal sealed class AgeBands(FactColumns facts, int toYear)
{
    private static readonly int[] UpTo = [15, 18, 25, 35, 45, 62];
    private readonly int[] _codes = [.. new[] { "0-14", "15-17", "18-24", "25-34", "35-44", "45-61", "62+" }.Select(facts.Code)];

    /// <summary>The code of the band of <paramref name="birthYear"/> (0, unknown: null).</summary>
    public int Of(int birthYear)
    {
        if (birthYear == 0)
        {
            return 0;
        }

        var band = 0;
        while (band < UpTo.Length && toYear - birthYear >= UpTo[band])
        {
            band++;
        }

        return _codes[band];
    }
}
