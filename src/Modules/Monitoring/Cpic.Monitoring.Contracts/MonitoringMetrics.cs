namespace Cpic.Monitoring.Contracts;

/// <summary>
/// Monitoring's figures for other modules, read in-process (ADR 0145): a named metric of the catalogue, a scope (a
/// centre, optionally one of its workplaces), a period and filters in; the number and its definition out. The number is
/// the one <c>GET /api/v1/monitoring/statistics</c> gives for the same scope, period and breakdown, never a recount.
/// Monitoring implements it and registers it in DI; other modules inject it.
/// </summary>
public interface IMonitoringMetrics
{
    /// <summary>The metrics that may be asked for, each defined in docs/statistics.md.</summary>
    IReadOnlyList<MetricDefinition> Catalogue { get; }

    /// <summary>
    /// What is wrong with <paramref name="metric"/> and <paramref name="filters"/> (unknown metric, unknown filter,
    /// unknown value, too many filters), as messages naming the filter; empty when the query can be read.
    /// </summary>
    IReadOnlyList<string> Check(string metric, IReadOnlyDictionary<string, string>? filters);

    /// <summary>Reads a metric; a query that <see cref="Check"/> refuses throws <see cref="ArgumentException"/>.</summary>
    Task<MetricValue> ReadAsync(MetricQuery query, CancellationToken ct);
}

/// <summary>A metric of a centre (and optionally one of its workplaces) over a period (both days inclusive).</summary>
/// <param name="Metric">A name of <see cref="IMonitoringMetrics.Catalogue"/>.</param>
/// <param name="Centre">Centre code.</param>
/// <param name="Workplace">Optional workplace code of that centre.</param>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="Filters">Filter name to code, e.g. <c>serviceType</c> = <c>social-counselling</c>; at most two.</param>
public sealed record MetricQuery(
    string Metric, string Centre, string? Workplace, DateOnly From, DateOnly To,
    IReadOnlyDictionary<string, string>? Filters = null);

/// <summary>The figure and the definition it follows (<c>DefinitionVersion</c> as in statistics responses).</summary>
public sealed record MetricValue(string Metric, decimal Value, string Definition, string DefinitionVersion);

/// <summary>A metric of the catalogue: its name, Czech and English labels, definition and the filters it takes.</summary>
public sealed record MetricDefinition(
    string Name, string Cs, string En, string Definition, IReadOnlyList<string> Filters);
