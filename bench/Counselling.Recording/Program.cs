using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Counselling.Recording;

/// <summary>
/// POST /api/v1/counselling/services against the real host in its own process: sustained with 16 connections (wrk),
/// then at a steady 100 requests per second, each time also waiting until Monitoring (the outbox subscriber) has every
/// service (at 100 per second also how soon each one counts in the statistics, and the host's memory); then the bare
/// ASP.NET Core ceiling (<see cref="BareHost"/>) and the baseline of the same durable work in plain Npgsql
/// (<see cref="DurableBaseline"/>) on the same server in the same run. Run it with bench/counselling.sh.
/// Usage: Counselling.Recording &lt;seconds&gt; &lt;host folder&gt; &lt;counsellor token of LBC&gt; (CPIC_POSTGRES names the server).
/// </summary>
internal static class Bench
{
    private const int Connections = 16;

    // A run records some 60,000 services: about six per client, spread over the past year, as in seed 003 (a centre's
    // 2,934 services to 476 clients in 2010).
    private const int Clients = 10_000;

    public static async Task Main(string[] args)
    {
        if (args is [BareHost.Argument])
        {
            await BareHost.RunAsync();
            return;
        }

        var duration = TimeSpan.FromSeconds(int.Parse(args[0], CultureInfo.InvariantCulture));
        var (hostFolder, token) = (Path.GetFullPath(args[1]), args[2]);
        var server = Environment.GetEnvironmentVariable("CPIC_POSTGRES") ?? throw new InvalidOperationException("Set CPIC_POSTGRES (source build/pg.sh).");
        var database = $"bench_counselling_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await Admin(server, $"create database {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await RunAsync(duration, hostFolder, token, connectionString);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Admin(server, $"drop database if exists {database} with (force)");
        }
    }

    private static async Task RunAsync(TimeSpan duration, string hostFolder, string token, string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var results = new List<(RunResult Result, string Load, TimeSpan? CatchUp)>();
        string document, paced_;
        Guid[] clientIds;
        RunResult bareResult;
        double hostCpuMs, bareCpuMs;
        string bodies;
        await using (var host = await HostProcess.StartAsync(hostFolder, connectionString, token))
        {
            var clients = await host.RegisterClientsAsync(Clients, () => Count(dataSource, "select count(*) from counselling.mt_doc_knownclient"));
            clientIds = clients;
            bodies = Path.GetTempFileName();
            var random = new Random(7);
            await File.WriteAllLinesAsync(bodies, clients.SelectMany(c => Enumerable.Range(0, 3).Select(_ => Body(c, random.Next(1, 366)))));
            Console.WriteLine($"{Environment.ProcessorCount} cores; warm-up, then {duration.TotalSeconds} s per run, {Connections} connections");

            await Wrk.RunAsync("warm-up", host.BaseAddress, bodies, token, Connections, TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("CPIC_WARMUP") ?? "45")));
            await CatchUpAsync(dataSource);
            var load = LoadAverage();
            var cpu = host.CpuTime;
            var sustained = await Wrk.RunAsync("HTTP POST, sustained (closed loop, wrk)", host.BaseAddress, bodies, token, Connections, duration);
            results.Add((sustained, load, await CatchUpAsync(dataSource)));
            hostCpuMs = (host.CpuTime - cpu).TotalMilliseconds / sustained.Requests;

            var lines = await File.ReadAllLinesAsync(bodies);
            await using var visibility = new Visibility(dataSource);
            async Task<bool> RecordService()
            {
                using var content = new StringContent(lines[Random.Shared.Next(lines.Length)], Encoding.UTF8, "application/json");
                using var response = await host.Http.PostAsync("/api/v1/counselling/services", content);
                if (response.StatusCode != HttpStatusCode.Created) return false;
                visibility.Answered(Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]));
                return true;
            }

            load = LoadAverage();
            var pacedFor = TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("CPIC_PACED_SECONDS") ?? $"{duration.TotalSeconds}", CultureInfo.InvariantCulture));
            var memory = new List<long> { host.RssMiB };
            using var sampling = new PeriodicTimer(TimeSpan.FromSeconds(1));
            var sampler = Task.Run(async () => { while (await sampling.WaitForNextTickAsync()) memory.Add(host.RssMiB); });
            visibility.Start();
            var paced = await LoadRunner.RunAsync("HTTP POST at 100 req/s (open loop)", Connections, pacedFor, RecordService, 100);
            sampling.Dispose();
            await sampler;
            results.Add((paced, load, await CatchUpAsync(dataSource)));
            var (seenP50, seenP99, unseen) = await visibility.StopAsync();
            paced_ = $"At 100 req/s for {pacedFor.TotalSeconds:F0} s: a service counts in the statistics {seenP50:F0} ms (p50) and " +
                $"{seenP99:F0} ms (p99) after its 201 (target p99 < 2 s; {unseen} not seen within a minute); host RSS " +
                $"{memory[0]} MiB at the start, {memory.Max()} MiB at most, {memory[^1]} MiB at the end";

            await using var read = dataSource.CreateCommand("select data::text from counselling.mt_doc_servicerecord limit 1");
            document = (string)(await read.ExecuteScalarAsync())!;
        }

        // The host is stopped: the bare host and then the raw loop have the server and the cores to themselves.
        await RawBaseline.CreateTablesAsync(dataSource);
        await using (var bare = await HostProcess.StartBareAsync(hostFolder, connectionString, token))
        {
            await Wrk.RunAsync("warm-up", bare.BaseAddress, bodies, token, Connections, TimeSpan.FromSeconds(15));
            var load = LoadAverage();
            var cpu = bare.CpuTime;
            bareResult = await Wrk.RunAsync("Bare ASP.NET Core: JWT, JSON body, the raw transaction (wrk)", bare.BaseAddress, bodies, token, Connections, duration);
            results.Add((bareResult, load, null));
            bareCpuMs = (bare.CpuTime - cpu).TotalMilliseconds / bareResult.Requests;
        }

        File.Delete(bodies);
        await using var durable = new DurableBaseline(dataSource, document, clientIds);
        await durable.CreateTablesAsync();
        var rawLoad = LoadAverage();
        var rawResult = await LoadRunner.RunAsync("Raw Npgsql: the same durable work (record, timeline, 3 envelopes; 3 subscriber transactions; batched facts)", Connections, duration, durable.RecordOneAsync);
        results.Add((rawResult, rawLoad, await durable.CatchUpAsync()));

        Console.WriteLine();
        Console.WriteLine("| Run | Requests | Errors | Throughput (/s) | p50 (ms) | p99 (ms) | Load average before | Subscribers caught up after |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (result, load, catchUp) in results)
        {
            var caughtUp = result == bareResult ? "–" : catchUp is { } t ? $"{t.TotalSeconds:F1} s" : "not within 5 min";
            Console.WriteLine($"{result.Row()} {load} | {caughtUp} |");
        }

        Console.WriteLine();
        var (sustainedResult, _, sustainedCatchUp) = results[0];
        // Counting the time Monitoring needed to catch up: what the whole system sustains, not only the HTTP writes.
        var endToEnd = sustainedCatchUp is { } c ? sustainedResult.Requests / (sustainedResult.Elapsed + c).TotalSeconds : double.NaN;
        var rawEndToEnd = rawResult.Requests / (rawResult.Elapsed + results[^1].CatchUp!.Value).TotalSeconds;
        Console.WriteLine($"HTTP sustained / durable raw baseline: {sustainedResult.Throughput / rawResult.Throughput:P0} (target >= 50 %); " +
            $"both with their facts caught up: {endToEnd:F0}/s against {rawEndToEnd:F0}/s = {endToEnd / rawEndToEnd:P0}; " +
            $"p99 at 100 req/s: {results[1].Result.P99Ms:F1} ms (target < 50 ms); document {document.Length} bytes; " +
            $"host CPU per service in the sustained run, the subscribers' catch-up included: {hostCpuMs:F2} ms");
        Console.WriteLine($"Bare ASP.NET Core (one document and one envelope per request): its CPU per request " +
            $"{bareCpuMs:F2} ms; Cpic / bare ASP.NET Core: {sustainedResult.Throughput / bareResult.Throughput:P0}");
        Console.WriteLine(paced_);
    }

    /// <summary>A service of the client on a day of the past year (<paramref name="daysAgo"/>, 1–365).</summary>
    private static string Body(Guid clientId, int daysAgo)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague"))).AddDays(-daysAgo);
        return JsonSerializer.Serialize(new
        {
            clientIds = new[] { clientId }, date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            startTime = "10:15", minutes = 40, serviceType = "social-counselling", form = "office", workplace = "LBC-LIB",
            place = new { type = "workplace" }, topics = new[] { "residence", "labour-market" },
            interpreter = new { language = "vi", external = true }, workers = new[] { "bench-counsellor" },
            fundingSource = "CZ.12.01.02/00/24_022/0000077", outcome = "Explained the renewal of a long-term residence permit.",
            notes = "Protected notes of the session.",
        });
    }

    /// <summary>
    /// Waits until Monitoring has facts for every recorded service and no subscriber has a message waiting in the
    /// inbox (Webhooks handles its queue one message at a time and lagged minutes behind the registrations), so that a
    /// run cannot look fast by leaving its work in a queue, nor pay for the work of the run before it; returns how long
    /// that took after the run (null: not in 5 min).
    /// </summary>
    private static async Task<TimeSpan?> CatchUpAsync(NpgsqlDataSource dataSource)
    {
        var clock = Stopwatch.StartNew();
        while (await Count(dataSource, """
            select (select count(*) from counselling.mt_doc_servicerecord)
                 - (select count(distinct service_id) from monitoring.service_facts)
                 + (select count(*) from wolverine.wolverine_incoming_envelopes where status = 'Incoming')
            """) > 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(5)) return null;
            await Task.Delay(50);
        }

        return clock.Elapsed;
    }

    private static async Task<long> Count(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static async Task Admin(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
