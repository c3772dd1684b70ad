namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Secondary suppression of public figures. The cells of a breakdown add up to a figure that is shown (the total, or
/// for a row of a cross table the breakdown's cell), so a single suppressed cell in it could be worked out by
/// subtraction. Where a line holds exactly one suppressed cell of a measure, its smallest shown non-zero cell is hidden
/// too (<see cref="Cell.Hidden"/>); a hidden cell of a cross table can leave its column with a single one, so this
/// repeats until no line does. Zeros are never hidden: "x" over a zero would claim a count that is not there.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Protects each measure of <paramref name="rows"/>, all of them one line (a breakdown).</summary>
    public static IReadOnlyList<T> Apply<T>(IReadOnlyList<T> rows, params (Func<T, Cell?> Get, Func<T, Cell, T> Set)[] measures) =>
        Apply(rows, [_ => null], measures);

    /// <summary>
    /// Protects each measure (<paramref name="measures"/>: read and replace one cell of a row) of <paramref name="rows"/>
    /// within each line, a line being the rows of one group of <paramref name="lines"/>.
    /// </summary>
    public static IReadOnlyList<T> Apply<T>(IReadOnlyList<T> rows, IReadOnlyList<Func<T, object?>> lines,
        params (Func<T, Cell?> Get, Func<T, Cell, T> Set)[] measures)
    {
        var result = rows.ToArray();
        var groups = lines.SelectMany(line => Enumerable.Range(0, result.Length).GroupBy(i => line(rows[i]))
            .Select(g => g.ToArray())).ToList();
        foreach (var (get, set) in measures)
        {
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var group in groups.Where(g => g.Count(i => get(result[i])?.Suppressed == true) == 1))
                {
                    var shown = group.Where(i => get(result[i]) is { Suppressed: false, Value: > 0 }).ToArray();
                    if (shown.Length == 0)
                    {
                        continue;
                    }

                    var smallest = shown.MinBy(i => get(result[i])!.Value.Value);
                    result[smallest] = set(result[smallest], get(result[smallest])!.Value.Hidden());
                    changed = true;
                }
            }
        }

        return result;
    }
}
