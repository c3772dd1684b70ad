using Cpic.Monitoring.Domain;
using Cpic.Monitoring.Statistics;

namespace Cpic.Monitoring.Features.Periods;

/// <summary>
/// A reporting month: its status, its snapshots (oldest first) and, while closed, the adjustments: how the live
/// figures now differ from the last snapshot because of later corrections. They are applied when it is reopened.
/// </summary>
internal sealed record PeriodView(
    string Centre, string Month, string Status, IReadOnlyList<SnapshotView> Snapshots, StatisticsTotals Current,
    Adjustments? Adjustments);

internal sealed record SnapshotView(int Number, DateTimeOffset TakenAt, string TakenBy, StatisticsTotals Totals,
    IReadOnlyList<StatisticsRow> ByServiceType);

/// <summary>Differences live minus snapshot; only service types that changed are listed.</summary>
internal sealed record Adjustments(long Clients, long Services, long Minutes, IReadOnlyList<AdjustmentRow> ByServiceType);

internal sealed record AdjustmentRow(string? Code, long Clients, long Services);

internal static class PeriodViews
{
    public static PeriodView Create(ReportingPeriod period, IReadOnlyList<PeriodSnapshot> snapshots, StatisticsResult live)
    {
        var last = snapshots.Count > 0 ? snapshots[^1].Figures : null;
        return new PeriodView(period.Centre, period.Month, period.Closed ? "closed" : "open",
            [.. snapshots.Select(s => new SnapshotView(s.Number, s.TakenAt, s.TakenBy, s.Figures.Totals,
                s.Figures.Breakdowns[Dimension.ServiceType.Name]))],
            live.Totals, period.Closed && last is not null ? Difference(live, last) : null);
    }

    private static Adjustments Difference(StatisticsResult live, StatisticsResult closed)
    {
        var before = closed.Breakdowns[Dimension.ServiceType.Name].ToDictionary(r => r.Code ?? "", r => r);
        var now = live.Breakdowns[Dimension.ServiceType.Name].ToDictionary(r => r.Code ?? "", r => r);
        var types = before.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(code => new AdjustmentRow(code,
                Value(now, code, r => r.Clients) - Value(before, code, r => r.Clients),
                Value(now, code, r => r.Services) - Value(before, code, r => r.Services)))
            .Where(r => r.Clients != 0 || r.Services != 0);
        return new Adjustments(live.Totals.Clients.Value - closed.Totals.Clients.Value,
            live.Totals.Services.Value - closed.Totals.Services.Value,
            live.Totals.Minutes.Value - closed.Totals.Minutes.Value, [.. types]);
    }

    private static long Value(Dictionary<string, StatisticsRow> rows, string code, Func<StatisticsRow, Cell> cell) =>
        rows.TryGetValue(code, out var row) ? cell(row).Value : 0;
}
