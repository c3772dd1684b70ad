using System.Net;
using System.Text;
using System.Text.Json;
using Cpic.Testing;
using Npgsql;

namespace Counselling.Recording;

/// <summary>
/// Sustained POST /api/v1/counselling/services with 16 concurrent HTTP clients, then at a steady 100 requests per
/// second, then the raw Npgsql limit on the same server in the same run. Usage: dotnet run -c Release -- [seconds]
/// </summary>
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var duration = TimeSpan.FromSeconds(seconds);
        const int Workers = 16;

        // WebApplicationFactory finds the host's content root through a manifest it looks up in the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        await using var database = await TestDatabase.CreateAsync();
        await using var host = await BenchHost.StartAsync(database.ConnectionString);
        var clients = await host.RegisterClientsAsync(200);
        using var http = host.Counsellor();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague"))).AddDays(-1);
        var bodies = clients.Select(id => JsonSerializer.Serialize(new
        {
            clientIds = new[] { id }, date = today.ToString("yyyy-MM-dd"), startTime = "10:15", minutes = 40,
            serviceType = "social-counselling", form = "office", workplace = "LBC-LIB", place = new { type = "workplace" },
            topics = new[] { "residence", "labour-market" }, interpreter = new { language = "vi", external = true },
            workers = new[] { "bench-counsellor" }, fundingSource = "CZ.12.01.02/00/24_022/0000077",
            outcome = "Explained the renewal of a long-term residence permit.", notes = "Protected notes of the session.",
        })).ToArray();

        async Task<bool> RecordService()
        {
            using var content = new StringContent(bodies[Random.Shared.Next(bodies.Length)], Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/api/v1/counselling/services", content);
            return response.StatusCode == HttpStatusCode.Created;
        }

        Console.WriteLine($"Warm-up, then {seconds} s per run, {Workers} concurrent clients, {Environment.ProcessorCount} cores");
        await LoadRunner.RunAsync("warm-up", Workers, TimeSpan.FromSeconds(5), RecordService);
        var sustained = await LoadRunner.RunAsync("HTTP POST, sustained (closed loop)", Workers, duration, RecordService);
        var paced = await LoadRunner.RunAsync("HTTP POST at 100 req/s (open loop)", Workers, duration, RecordService, 100);

        var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using (dataSource)
        {
            await using var read = dataSource.CreateCommand("select data::text from counselling.mt_doc_servicerecord limit 1");
            var document = (string)(await read.ExecuteScalarAsync())!;
            var envelope = Encoding.UTF8.GetBytes(document[..Math.Min(document.Length, 700)]);
            var raw = new RawBaseline(dataSource, document, envelope);
            await raw.CreateTablesAsync();
            var rawResult = await LoadRunner.RunAsync("Raw Npgsql: document + outbox row per transaction", Workers, duration, raw.InsertOneAsync);

            Console.WriteLine();
            Console.WriteLine("| Run | Requests | Errors | Throughput (/s) | p50 (ms) | p99 (ms) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var result in new[] { sustained, paced, rawResult }) Console.WriteLine(result.Row());
            Console.WriteLine();
            Console.WriteLine($"HTTP sustained / raw throughput: {sustained.Throughput / rawResult.Throughput:P0} (target >= 50 %); " +
                $"p99 at 100 req/s: {paced.P99Ms:F1} ms (target < 50 ms); document {document.Length} bytes");
        }
    }
}
