using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;

namespace Cpic.Faults.Tests;

/// <summary>What a scenario ended with, from the callers' attempts and from what the database holds.</summary>
internal sealed record Verdict(
    string Scenario, int Requests, int Acknowledged, int Lost, int Duplicated, int Unanswered, int UnansweredStored,
    int ServerErrors, string Codes, int DeadLetters, TimeSpan? FirstSuccess, TimeSpan? ExactStatistics)
{
    public override string ToString() =>
        $"{Scenario}: {Requests} requests, {Acknowledged} acknowledged, {Lost} lost, {Duplicated} duplicated, " +
        $"{Unanswered} unanswered at first ({UnansweredStored} of them stored after keyed retries), 5xx other than 503: " +
        $"{ServerErrors}, codes [{Codes}], dead letters {DeadLetters}, first success after repair " +
        $"{FirstSuccess?.TotalSeconds:F1} s, statistics and feed exact after the load {ExactStatistics?.TotalSeconds:F1} s";
}

internal static class Verdicts
{
    public static readonly TimeSpan StatisticsDeadline = TimeSpan.FromSeconds(60);

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague")));

    public static async Task<Verdict> JudgeAsync(string scenario, WriteLoad load, string connectionString, Uri node,
        string ministryToken, TimeSpan repairedAt)
    {
        await using var data = NpgsqlDataSource.Create(connectionString);
        var firstAttempts = load.Attempts.GroupBy(a => a.Marker).ToDictionary(g => g.Key, g => g.ToList());
        var stored = await StoredAsync(data, load.Run);
        var acknowledged = firstAttempts.Where(p => p.Value.Any(a => a.Status == 201)).Select(p => p.Key).ToList();
        var unanswered = firstAttempts.Where(p => p.Value[0].Status != 201).Select(p => p.Key).ToList();
        var exact = await TimeToExactStatisticsAsync(data, node, ministryToken);
        return new Verdict(scenario, firstAttempts.Count, acknowledged.Count,
            acknowledged.Count(m => !stored.ContainsKey(m)), stored.Count(p => p.Value > 1), unanswered.Count,
            unanswered.Count(stored.ContainsKey), load.Attempts.Count(a => a.Status >= 500 && a.Status != 503),
            string.Join(", ", load.Attempts.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")),
            (int)await CountAsync(data, "select count(*) from wolverine.wolverine_dead_letters"),
            load.Attempts.Where(a => a.Status == 201 && a.At > repairedAt).Select(a => a.At - repairedAt).DefaultIfEmpty().Min() is var f && f > TimeSpan.Zero ? f : null,
            exact);
    }

    private static async Task<Dictionary<string, long>> StoredAsync(NpgsqlDataSource data, string run)
    {
        await using var command = data.CreateCommand("""
            select data->'details'->>'outcome', count(*) from counselling.mt_doc_servicerecord
            where data->'details'->>'outcome' like $1 group by 1
            """);
        command.Parameters.AddWithValue(run + "-%");
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new Dictionary<string, long>();
        while (await reader.ReadAsync()) stored[reader.GetString(0)] = reader.GetInt64(1);
        return stored;
    }

    /// <summary>
    /// How long until Monitoring's figures for the calendar month and for a period across a month's end, and the
    /// active rows of the facts feed, all equal the services Counselling holds (null: not within the deadline).
    /// </summary>
    private static async Task<TimeSpan?> TimeToExactStatisticsAsync(NpgsqlDataSource data, Uri node, string token)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var today = Today;
        var month = new DateOnly(today.Year, today.Month, 1);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StatisticsDeadline)
        {
            var expected = await CountAsync(data, "select count(*) from counselling.mt_doc_servicerecord where tenant_id = 'LBC'");
            if (await ServicesAsync(http, month, month.AddMonths(1).AddDays(-1)) == expected
                && await ServicesAsync(http, today.AddDays(-today.Day - 2), today) == expected
                && await ActiveFactsAsync(http) == expected)
            {
                return clock.Elapsed;
            }

            await Task.Delay(500);
        }

        return null;
    }

    private static async Task<long> ServicesAsync(HttpClient http, DateOnly from, DateOnly to)
    {
        var json = await http.GetStringAsync(string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/monitoring/statistics?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&centre=LBC"));
        return JsonDocument.Parse(json).RootElement.GetProperty("totals").GetProperty("services").GetInt64();
    }

    /// <summary>The feed's rows, the latest per (serviceId, clientKey), that are active services of LBC.</summary>
    private static async Task<long> ActiveFactsAsync(HttpClient http)
    {
        var lines = (await http.GetStringAsync("/api/v1/monitoring/facts?limit=1000000")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(r => (r.GetProperty("serviceId").GetString(), r.GetProperty("clientKey").GetString()))
            .Select(g => g.MaxBy(r => r.GetProperty("seq").GetInt64()))
            .Count(r => r.GetProperty("status").GetString() == "active" && r.GetProperty("centre").GetString() == "LBC");
    }

    public static async Task<long> CountAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
