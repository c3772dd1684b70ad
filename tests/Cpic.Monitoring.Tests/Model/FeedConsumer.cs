using System.Text.Json;

namespace Cpic.Monitoring.Tests.Model;

/// <summary>
/// A ministry warehouse following the documented rule: pull after the largest seq received, keep the latest row per
/// rowId, count the active ones. Its figures of a period: clients, services, minutes and clients by residence
/// category (that of each client's last row in the period).
/// </summary>
internal sealed class FeedConsumer(HttpClient analyst, Random random)
{
    private readonly Dictionary<string, JsonElement> _rows = [];
    private long _after;

    public async Task PullAsync()
    {
        while (true)
        {
            // Pages of random size, so that pulls also stop in the middle of a burst of changes.
            var response = await analyst.GetAsync($"/api/v1/monitoring/facts?after={_after}&limit={random.Next(1, 40)}");
            var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0)
            {
                return;
            }

            foreach (var row in lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()))
            {
                _rows[row.GetProperty("rowId").GetString()!] = row;
                _after = row.GetProperty("seq").GetInt64();
            }
        }
    }

    public string Figures(DateOnly from, DateOnly to)
    {
        var rows = _rows.Values.Where(r => r.GetProperty("status").GetString() == "active")
            .Select(r => (Key: r.GetProperty("clientKey").GetString(), Date: DateOnly.Parse(r.GetProperty("date").GetString()!),
                Primary: r.GetProperty("primary").GetBoolean(), Minutes: r.GetProperty("minutes").GetInt32(),
                Category: r.GetProperty("residenceCategory").GetString()))
            .Where(r => r.Date >= from && r.Date <= to).ToList();
        var primary = rows.Where(r => r.Primary).ToList();
        var categories = rows.Where(r => r.Key is not null).GroupBy(r => r.Key)
            .Select(g => g.OrderBy(r => r.Date).Last().Category ?? "-").GroupBy(c => c).Select(g => $"{g.Key}:{g.Count()}").Order(StringComparer.Ordinal);
        return $"{rows.Where(r => r.Key is not null).Select(r => r.Key).Distinct().Count()} {primary.Count} {primary.Sum(r => r.Minutes)} {string.Join(',', categories)}";
    }
}
