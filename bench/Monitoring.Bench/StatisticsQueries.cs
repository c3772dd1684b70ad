namespace Monitoring.Bench;

/// <summary>
/// The statistics requests the bench times: periods of every kind, the network and a region, cross tables (five of
/// them, or with <c>--all-cross-tables</c> all 91 for the year; ranges of days, which the facts answer, one).
/// </summary>
internal static class StatisticsQueries
{
    private static readonly string[] Dimensions =
    [
        "serviceType", "form", "placeType", "topic", "interpreterLanguage", "nationality", "residenceCategory", "sex",
        "ageBand", "centre", "workplace", "region", "month",
    ];

    private static readonly (string Name, string Query)[] Periods =
    [
        ("year 2024", "from=2024-01-01&to=2024-12-31"),
        ("half-year 2024-H2", "from=2024-07-01&to=2024-12-31"),
        ("quarter 2024-Q2", "from=2024-04-01&to=2024-06-30"),
        ("month 2024-03", "from=2024-03-01&to=2024-03-31"),
        ("range 2024-02-15..2024-11-20", "from=2024-02-15&to=2024-11-20"),
        ("range 2023-07-01..2024-06-30", "from=2023-07-01&to=2024-06-30"),
    ];

    private static readonly string[][] SomeCrossTables =
        [["region", "nationality"], ["nationality"], ["serviceType", "topic"], ["residenceCategory", "ageBand"], ["month", "serviceType"]];

    public static IEnumerable<(string Name, string Url)> All(bool allCrossTables)
    {
        foreach (var (scopeName, scope) in new[] { ("network", ""), ("region CZ051", "&region=CZ051") })
        {
            foreach (var (periodName, period) in Periods)
            {
                yield return ($"{scopeName}, {periodName}", Url(period + scope));
                foreach (var groupBy in periodName.StartsWith("range", StringComparison.Ordinal) ? ["region,nationality"]
                             : CrossTables(allCrossTables && periodName == "year 2024"))
                {
                    yield return ($"{scopeName}, {periodName}, groupBy={groupBy}", Url($"{period}{scope}&groupBy={groupBy}"));
                }
            }
        }
    }

    private static IEnumerable<string> CrossTables(bool all) => !all
        ? SomeCrossTables.Select(d => string.Join(',', d))
        : Dimensions.SelectMany((a, i) => Dimensions.Skip(i).Select(b => a == b ? a : $"{a},{b}"));

    private static string Url(string query) => $"/api/v1/monitoring/statistics?{query}";
}
