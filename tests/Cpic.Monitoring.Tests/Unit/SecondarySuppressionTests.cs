using Cpic.Monitoring.Statistics;

namespace Cpic.Monitoring.Tests.Unit;

/// <summary>
/// Secondary suppression (ADR 0143) without the host: a line whose cells add up to a shown figure never lets a reader
/// work out a small count, whatever other lines the hidden cells also sit in.
/// </summary>
public sealed class SecondarySuppressionTests
{
    private sealed record Row(string Line, string Column, Cell Count);

    private static readonly (Func<Row, Cell?>, Func<Row, Cell, Row>) Count = (r => r.Count, (r, c) => r with { Count = c });

    private static Row[] Breakdown(params long[] values) =>
        [.. values.Select((v, i) => new Row("", $"c{i}", Cell.Of(v, publicFigures: true)))];

    private static string Shown(IEnumerable<Row> rows) => string.Join(' ', rows.Select(r => r.Count.ToString()));

    [Fact]
    public void A_line_without_small_counts_is_shown_as_it_is()
    {
        Shown(SecondarySuppression.Apply(Breakdown(12, 0, 30, 5), Count)).Should().Be("12 0 30 5");
    }

    [Fact]
    public void One_small_count_hides_the_smallest_other_cell_and_both_read_x()
    {
        // Shown alone as "<5", the 3 would be the line's total minus the shown cells.
        Shown(SecondarySuppression.Apply(Breakdown(3, 10, 20), Count)).Should().Be("x x 20");
    }

    [Fact]
    public void Two_ones_are_not_enough_since_a_sum_of_two_over_two_cells_is_known()
    {
        Shown(SecondarySuppression.Apply(Breakdown(1, 1, 7, 40), Count)).Should().Be("x x x 40");
    }

    [Fact]
    public void Two_small_counts_whose_sum_exceeds_their_number_protect_each_other()
    {
        Shown(SecondarySuppression.Apply(Breakdown(2, 3, 7, 40), Count)).Should().Be("x x 7 40");
    }

    [Fact]
    public void Zeros_are_never_hidden_and_a_lone_small_count_reads_x()
    {
        Shown(SecondarySuppression.Apply(Breakdown(3, 0, 0), Count)).Should().Be("x 0 0");
    }

    [Fact]
    public void In_a_cross_table_no_row_or_column_keeps_a_single_hidden_cell()
    {
        // a1 = 2 is small. Hiding a2 protects row a and hiding b1 protects column 1; but with b1 the only hidden cell
        // of row b, b1 = (row b's total) - b2, and then a1 = (column 1's total) - b1.
        Row[] table =
        [
            new("a", "1", Cell.Of(2, true)), new("a", "2", Cell.Of(10, true)),
            new("b", "1", Cell.Of(20, true)), new("b", "2", Cell.Of(30, true)),
        ];

        var protectedTable = SecondarySuppression.Apply(table, [r => r.Line, r => r.Column], Count);

        foreach (var line in protectedTable.GroupBy(r => r.Line).Concat(protectedTable.GroupBy(r => r.Column)))
        {
            line.Count(r => r.Count.Suppressed).Should().NotBe(1, $"line {line.Key} would give its hidden cell away");
        }

        protectedTable.Single(r => r is { Line: "a", Column: "1" }).Count.ToString().Should().Be("x");
    }

    [Fact]
    public void Figures_that_are_not_public_are_never_hidden()
    {
        Row[] rows = [.. new long[] { 1, 2, 40 }.Select((v, i) => new Row("", $"c{i}", Cell.Of(v, publicFigures: false)))];

        Shown(SecondarySuppression.Apply(rows, Count)).Should().Be("1 2 40");
    }
}
