using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Monitoring.Bench;
using Npgsql;

// Monitoring benchmark (bench/README.md): bulk-load facts, time the host's first statistics request (it reads the
// facts into memory), then time the statistics API and the CSV facts feed of the running host.
// Usage: Monitoring.Bench <base url> <ministry token> <host pid> [--skip-load] [--skip-feed] [--all-cross-tables] | --goals
var (baseUrl, token, hostPid) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
await using var db = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("CPIC_POSTGRES")!);

if (args.Contains("--goals"))
{
    await GoalsBench.Run(baseUrl);
    return;
}

if (!args.Contains("--skip-load"))
{
    using var centres = JsonDocument.Parse(await http.GetStringAsync("/api/v1/reference/centres"));
    var list = centres.RootElement.EnumerateArray()
        .Select(c => (c.GetProperty("code").GetString()!, c.GetProperty("region").GetString()!)).ToList();
    var load = Stopwatch.StartNew();
    await FactLoader.Load(db, list, clients: 500_000, services: 1_500_000);
    Console.WriteLine($"loaded 500,000 clients and 1,500,000 service facts in {load.Elapsed.TotalSeconds:F1} s");
}

var first = Stopwatch.StartNew();
(await http.GetAsync("/api/v1/monitoring/statistics?from=2024-01-01&to=2024-12-31")).EnsureSuccessStatusCode();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"first statistics request (the host catches up with the facts in memory): {first.Elapsed.TotalSeconds:F1} s, host RSS {Timing.Rss(hostPid)} MiB"));

Console.WriteLine($"load average before the statistics: {File.ReadAllText("/proc/loadavg").Trim()}");
await Timing.Table(http, StatisticsQueries.All(args.Contains("--all-cross-tables")));
Console.WriteLine($"load average after the statistics: {File.ReadAllText("/proc/loadavg").Trim()}");
if (!args.Contains("--skip-feed"))
{
    await Timing.Feed(http, hostPid, "/api/v1/monitoring/facts?format=csv&limit=1000000");
}
