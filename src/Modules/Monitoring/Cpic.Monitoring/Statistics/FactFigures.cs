namespace Cpic.Monitoring.Statistics;

/// <summary>
/// The figures of a filter as <see cref="FactAggregation"/> counts them: measures are clients, services, services
/// received and minutes (<see cref="StatisticsReader"/> picks the ones each dimension shows).
/// </summary>
internal sealed record FactFigures(
    long[] Total, IReadOnlyDictionary<Dimension, IReadOnlyList<FigureRow>> Breakdowns, IReadOnlyList<FigureRow> Cross);

/// <summary>One value of a breakdown (<paramref name="Key2"/> null) or one cell of the cross table.</summary>
internal sealed record FigureRow(string? Key, string? Key2, long[] Measures);
