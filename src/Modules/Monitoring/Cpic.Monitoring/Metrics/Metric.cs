using Cpic.Monitoring.Network;
using Cpic.Monitoring.Statistics;

namespace Cpic.Monitoring.Metrics;

/// <summary>The figures of a statistics line a service metric picks from: a breakdown or cross-table row, or the totals.</summary>
internal sealed record ServiceLine(long Clients, long Services, long Minutes);

/// <summary>
/// An entry of the metrics catalogue: its name, labels, definition (as in docs/statistics.md), the filters it takes and
/// how it reads its figure from the <see cref="StatisticsResult"/> or, for a network metric, the
/// <see cref="NetworkFigures"/> of the query's scope and period (<see cref="MetricSources"/>). Add a metric by adding one
/// entry to <see cref="MetricCatalogue"/> and its line to docs/statistics.md.
/// </summary>
internal sealed record Metric(
    string Name, string Cs, string En, string Definition, IReadOnlyList<MetricFilter> Filters,
    Func<MetricSources, IReadOnlyList<(MetricFilter Filter, string Code)>, Task<decimal>> Read, int MaxFilters)
{
    /// <summary>A figure of the statistics (<c>GET /statistics</c>), read with the cross table of two picked filters.</summary>
    public static Metric OfStatistics(string name, string cs, string en, string definition, IReadOnlyList<MetricFilter> filters,
        Func<StatisticsResult, IReadOnlyList<(MetricFilter Filter, string Code)>, decimal> read, int maxFilters) =>
        new(name, cs, en, definition, filters, async (sources, picked) => read(await sources.StatisticsAsync(
            picked.Count == 2 ? [.. picked.Select(p => p.Filter.Dimension!)] : []), picked), maxFilters);

    /// <summary>A figure of the network (<c>GET /network</c>): the total, or what the picked filters select.</summary>
    public static Metric OfNetwork(string name, string cs, string en, string definition, IReadOnlyList<MetricFilter> filters,
        Func<NetworkFigures, IReadOnlyList<(MetricFilter Filter, string Code)>, decimal> read) =>
        new(name, cs, en, definition, filters, async (sources, picked) => read(await sources.NetworkAsync(), picked), filters.Count);

    /// <summary>A figure of services or clients: totals, a breakdown row (one filter) or a cross-table row (two).</summary>
    public static Metric OfServices(string name, string cs, string en, string definition,
        IReadOnlyList<MetricFilter> filters, Func<ServiceLine, long> figure) =>
        OfStatistics(name, cs, en, definition, filters, (result, picked) => figure(Line(result, picked)), 2);

    /// <summary>A course figure: all courses, or the row of one course category or course type.</summary>
    public static Metric OfCourses(string name, string cs, string en, string definition, Func<CourseRow, decimal> figure) =>
        OfStatistics(name, cs, en, definition, MetricFilter.OfCourses, (result, picked) => picked switch
        {
            [] => figure(result.Courses.Totals),
            [var (filter, code)] => (filter == MetricFilter.CourseType ? result.Courses.ByCourseType : result.Courses.ByCategory)
                .FirstOrDefault(r => r.Code == code) is { } row ? figure(row) : 0,
            _ => throw new ArgumentException("A course metric takes one filter."),
        }, 1);

    private static ServiceLine Line(StatisticsResult result, IReadOnlyList<(MetricFilter Filter, string Code)> picked) =>
        picked switch
        {
            [] => new(result.Totals.Clients.Value, result.Totals.Services.Value, result.Totals.Minutes.Value),
            [var (filter, code)] => result.Breakdowns[filter.Dimension!.Name].FirstOrDefault(r => r.Code == code) is { } row
                ? new(row.Clients.Value, row.Services.Value, row.Minutes?.Value ?? 0) : new(0, 0, 0),
            _ => result.CrossTable!.Rows.FirstOrDefault(r => r.Keys.SequenceEqual(picked.Select(p => p.Code))) is { } cross
                ? new(cross.Clients.Value, cross.Services.Value, cross.Minutes?.Value ?? 0) : new(0, 0, 0),
        };
}
