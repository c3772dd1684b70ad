using Cpic.Monitoring.Network;
using Cpic.Monitoring.Statistics;
using Marten;

namespace Cpic.Monitoring.Metrics;

/// <summary>
/// The figures a metric of one scope and period reads: the statistics (with the cross table of the given dimensions)
/// or the network figures. Each is read once per <paramref name="cache"/> (one request) however many metrics pick
/// figures from it.
/// </summary>
internal sealed class MetricSources(IDocumentStore store, Contracts.MetricQuery query, Dictionary<string, Task<object>> cache,
    CancellationToken ct)
{
    private readonly string _scope = $"{query.Centre}|{query.Workplace}|{query.From}|{query.To}";

    public async Task<StatisticsResult> StatisticsAsync(IReadOnlyList<Dimension> cross) =>
        (StatisticsResult)await Once($"statistics|{string.Join(",", cross.Select(d => d.Name))}", async () =>
            await new StatisticsReader(store).Read(
                new StatisticsFilter(query.From, query.To, query.Centre, query.Workplace, null, cross, false), ct));

    /// <summary>The centre's network figures: meetings and actors have no workplace, so a workplace scope reads the centre's.</summary>
    public async Task<NetworkFigures> NetworkAsync() =>
        (NetworkFigures)await Once("network", async () =>
        {
            await using var session = store.QuerySession();
            return await new NetworkReader(session, query.From, query.To, query.Centre, null).ReadAsync(ct);
        });

    private Task<object> Once(string what, Func<Task<object>> read)
    {
        var key = $"{_scope}|{what}";
        if (!cache.TryGetValue(key, out var result))
        {
            result = read();
            cache[key] = result;
        }

        return result;
    }
}
