using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Monitoring.Bench;
using Npgsql;

// Monitoring benchmark (bench/README.md): bulk-load facts, then time the statistics API and the CSV facts feed of
// the running host. Usage: Monitoring.Bench <base url> <ministry token> <host pid> [--skip-load]
var (baseUrl, token, hostPid) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

if (!args.Contains("--skip-load"))
{
    using var centres = JsonDocument.Parse(await http.GetStringAsync("/api/v1/reference/centres"));
    var list = centres.RootElement.EnumerateArray()
        .Select(c => (c.GetProperty("code").GetString()!, c.GetProperty("region").GetString()!)).ToList();
    await using var db = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("CPIC_POSTGRES")!);
    var load = Stopwatch.StartNew();
    await FactLoader.Load(db, list, clients: 500_000, services: 1_500_000);
    Console.WriteLine($"loaded 500,000 clients and 1,500,000 service facts in {load.Elapsed.TotalSeconds:F1} s");
}

await Timing.Median(http, "yearly statistics, one region (CZ051)", "/api/v1/monitoring/statistics?from=2024-01-01&to=2024-12-31&region=CZ051");
await Timing.Median(http, "yearly statistics, whole country", "/api/v1/monitoring/statistics?from=2024-01-01&to=2024-12-31");
await Timing.Median(http, "yearly statistics, whole country, groupBy=region,nationality", "/api/v1/monitoring/statistics?from=2024-01-01&to=2024-12-31&groupBy=region,nationality");
await Timing.Feed(http, hostPid, "/api/v1/monitoring/facts?format=csv&limit=1000000");
