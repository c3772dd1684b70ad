using Cpic.Monitoring.Contracts;
using Cpic.Monitoring.Statistics;
using Marten;

namespace Cpic.Monitoring.Metrics;

/// <summary>
/// The metrics query of <see cref="IMonitoringMetrics"/> on top of <see cref="StatisticsReader"/> and the network
/// figures: a metric is one figure of the statistics or of the network of its scope and period (ADR 0145). Scoped: the
/// figures of one scope, period and cross table are read once per request however many metrics pick figures from them.
/// Public only so that Wolverine's generated handler code can create it for the handlers that take
/// <see cref="IMonitoringMetrics"/>.
/// </summary>
public sealed class MonitoringMetrics(IDocumentStore store) : IMonitoringMetrics
{
    private readonly Dictionary<string, Task<object>> _read = [];

    public IReadOnlyList<MetricDefinition> Catalogue { get; } =
        [.. MetricCatalogue.All.Select(m => new MetricDefinition(m.Name, m.Cs, m.En, m.Definition, [.. m.Filters.Select(f => f.Name)]))];

    public IReadOnlyList<string> Check(string metric, IReadOnlyDictionary<string, string>? filters)
    {
        if (MetricCatalogue.Find(metric) is not { } found)
        {
            return [$"'{metric}' is not a metric of the catalogue ({string.Join(", ", MetricCatalogue.All.Select(m => m.Name))})."];
        }

        var given = filters ?? new Dictionary<string, string>();
        var errors = new List<string>();
        foreach (var (name, code) in given)
        {
            if (found.Filters.FirstOrDefault(f => f.Name == name) is not { } filter)
            {
                errors.Add($"Metric '{metric}' takes no filter '{name}' (it takes {string.Join(", ", found.Filters.Select(f => f.Name))}).");
            }
            else if (!filter.Accepts(code))
            {
                errors.Add($"'{code}' is not a {name}: use {filter.Codes}.");
            }
        }

        if (given.Count > found.MaxFilters)
        {
            errors.Add($"Metric '{metric}' takes at most {found.MaxFilters} filter(s).");
        }

        return errors;
    }

    public async Task<MetricValue> ReadAsync(MetricQuery query, CancellationToken ct)
    {
        if (Check(query.Metric, query.Filters) is [var first, ..])
        {
            throw new ArgumentException(first, nameof(query));
        }

        var metric = MetricCatalogue.Find(query.Metric)!;
        var picked = (query.Filters ?? new Dictionary<string, string>())
            .Select(p => (Filter: metric.Filters.First(f => f.Name == p.Key), Code: p.Value))
            .OrderBy(p => p.Filter.Name, StringComparer.Ordinal).ToList();
        var value = await metric.Read(new MetricSources(store, query, _read, ct), picked);
        return new MetricValue(metric.Name, value, metric.Definition, StatisticsReader.DefinitionVersion);
    }
}
