using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Counselling.Recording;
using Npgsql;

namespace Imports;

/// <summary>
/// Bulk history import through the API against the real host in its own process on a fresh database: uploads
/// 10,000 clients (CSV), waits until the job is done and Counselling knows them, uploads 60,000 services (NDJSON)
/// naming them by source id, waits until the job is done and Monitoring has a fact for every service, and prints
/// the times. Run it with bench/imports.sh. Usage: Imports &lt;host folder&gt; &lt;centre-head token of LBC&gt; [clients] [services].
/// </summary>
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        var (hostFolder, token) = (Path.GetFullPath(args[0]), args[1]);
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
        var services = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 60_000;
        var server = Environment.GetEnvironmentVariable("CPIC_POSTGRES") ?? throw new InvalidOperationException("Set CPIC_POSTGRES (source build/pg.sh).");
        var database = $"bench_imports_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await Sql(server, $"create database {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var host = await HostProcess.StartAsync(hostFolder, connectionString, token);
            var (clientsCsv, servicesNdjson) = (HistoryFiles.Clients(clients), HistoryFiles.Services(clients, services));
            Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()}; {clients} clients " +
                $"({clientsCsv.Length / 1024} KB CSV), {services} services ({servicesNdjson.Length / 1024} KB NDJSON)");
            var cpu = host.CpuTime;
            var clock = Stopwatch.StartNew();
            await ImportAsync(host, "/api/v1/clients/imports", clientsCsv, "text/csv", clock);
            await WaitAsync(dataSource, "select count(*) from counselling.mt_doc_knownclient", clients, "Counselling knows every client", clock);
            await ImportAsync(host, "/api/v1/counselling/imports", servicesNdjson, "application/x-ndjson", clock);
            await WaitAsync(dataSource, "select count(distinct service_id) from monitoring.service_facts", services,
                "Monitoring has every service (statistics caught up)", clock);
            Console.WriteLine($"Total {clock.Elapsed.TotalSeconds:0.0} s (target < 120 s); host CPU {(host.CpuTime - cpu).TotalSeconds:0.0} s; " +
                $"load average {LoadAverage()}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Sql(server, $"drop database if exists {database} with (force)");
        }
    }

    private static async Task ImportAsync(HostProcess host, string path, string body, string contentType, Stopwatch clock)
    {
        using var response = await host.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"{path}: {response.StatusCode} {text}");
        Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  {path}: 202, job {JsonDocument.Parse(text).RootElement.GetProperty("id")}");
        while (true)
        {
            var job = JsonDocument.Parse(await host.Http.GetStringAsync(response.Headers.Location)).RootElement;
            if (job.GetProperty("status").GetString() == "completed")
            {
                Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  job completed: {job.GetProperty("counts")}");
                return;
            }

            await Task.Delay(250);
        }
    }

    private static async Task WaitAsync(NpgsqlDataSource dataSource, string sql, long expected, string what, Stopwatch clock)
    {
        while (true)
        {
            await using var command = dataSource.CreateCommand(sql);
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) >= expected) break;
            await Task.Delay(100);
        }

        Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  {what}");
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static async Task Sql(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
