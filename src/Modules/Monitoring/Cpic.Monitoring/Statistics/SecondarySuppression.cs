namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Secondary suppression of public figures (ADR 0143). The cells of a line (a breakdown, a row or column of a cross
/// table, a list of course figures) add up to a figure that is shown, so their hidden cells add up to a known sum.
/// A line holding any hidden cell is protected once it hides at least two cells whose sum is more than their number:
/// then no hidden cell can be worked out (a sum of 2 over two hidden cells is two ones). Until it is, its smallest
/// shown non-zero cell is hidden too. This holds for a line whose only hidden cell was hidden to protect another line
/// as well: alone in its line it could be worked out, and with it the small count it was hiding. A cell hidden for a
/// row of a cross table can so leave its column unprotected, so this repeats until every line is protected or has
/// nothing left to hide. Every hidden cell of a line holding a small count is then written "x", the small counts as
/// well as the larger ones hiding them: a reader who could tell them apart would know the larger ones are 5 or more
/// and could narrow the small one down again. Zeros are never hidden.
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
            var cells = (int i) => get(result[i]);
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var group in groups.Where(g => !Protected(g.Select(cells))))
                {
                    var shown = group.Where(i => cells(i) is { Suppressed: false, Value: > 0 }).ToArray();
                    if (shown.Length > 0)
                    {
                        var smallest = shown.MinBy(i => cells(i)!.Value.Value);
                        result[smallest] = set(result[smallest], cells(smallest)!.Value.Hidden());
                        changed = true;
                    }
                }
            }

            foreach (var i in groups.Where(g => g.Any(i => cells(i)?.Suppressed == true)).SelectMany(g => g)
                .Where(i => cells(i) is { Suppressed: true, Protecting: false }))
            {
                result[i] = set(result[i], cells(i)!.Value.Hidden());
            }
        }

        return result;
    }

    private static bool Protected(IEnumerable<Cell?> line)
    {
        var hidden = line.OfType<Cell>().Where(c => c.Suppressed).ToList();
        return hidden.Count == 0 || (hidden.Count >= 2 && hidden.Sum(c => c.Value) > hidden.Count);
    }
}
