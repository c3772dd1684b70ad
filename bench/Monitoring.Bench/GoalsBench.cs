using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Bench;

/// <summary>
/// Goal progress on the benchmark facts: every centre gets a 2025 goal set of six goals with five key results each,
/// all bound to metrics (clients, services, minutes with service and client filters), imported, submitted and
/// approved once (kept for later runs); then one centre's set (<c>GET /sets/{id}</c>, live progress of 30 key
/// results) and the national roll-up are timed. Tokens come from <c>build/token.sh</c> (run from the repository root).
/// </summary>
internal static class GoalsBench
{
    private static readonly (string Metric, string? Filter, string? Value)[] KeyResults =
    [
        ("clients", null, null), ("services", null, null), ("minutes", null, null),
        ("clients", "serviceType", "social-counselling"), ("services", "serviceType", "legal-counselling"),
        ("clients", "nationality", "UA"), ("clients", "nationality", "VN"), ("services", "nationality", "MN"),
        ("clients", "sex", "female"), ("clients", "ageBand", "25-34"), ("services", "form", "field"),
        ("minutes", "form", "remote"), ("clients", "topic", "housing"), ("services", "topic", "residence"),
        ("clients", "residenceCategory", "temporary-protection"),
    ];

    public static async Task Run(string baseUrl)
    {
        using var coordinator = Client(baseUrl, Token("--role ministry-coordinator"));
        var sets = await EnsureApprovedSets(baseUrl, coordinator);
        Console.WriteLine($"load average before the goals: {File.ReadAllText("/proc/loadavg").Trim()}");
        await Timing.Table(coordinator, [
            ($"goal set of {sets[0].Centre}, 30 metric key results", $"/api/v1/goals/sets/{sets[0].Id}"),
            ($"national roll-up 2025 ({sets.Count} centres, {sets.Count * 30} metric key results)", "/api/v1/goals/network/roll-up/2025"),
        ]);
    }

    private static async Task<List<(Guid Id, string Centre)>> EnsureApprovedSets(string baseUrl, HttpClient coordinator)
    {
        var existing = await Sets(coordinator);
        if (existing.Count > 0)
        {
            return existing;
        }

        using var centres = JsonDocument.Parse(await coordinator.GetStringAsync("/api/v1/reference/centres"));
        var codes = centres.RootElement.EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        var goals = Enumerable.Range(0, 6).Select(g => new
        {
            text = $"Cíl {g + 1}", area = "counselling",
            keyResults = Enumerable.Range(0, 5).Select(k => KeyResults[((g * 5) + k) % KeyResults.Length]).Select((m, k) => new
            {
                title = $"{m.Metric} {m.Value}", kind = "metric", metric = m.Metric, target = 1000 + k,
                filters = m.Filter is null ? new Dictionary<string, string>() : new() { [m.Filter] = m.Value! },
            }),
        });
        using var import = new HttpRequestMessage(HttpMethod.Post, "/api/v1/goals/import")
        {
            Content = JsonContent.Create(new { year = 2025, sets = codes.Select(c => new { centre = c, goals }) }),
        };
        import.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var watch = Stopwatch.StartNew();
        (await coordinator.SendAsync(import)).EnsureSuccessStatusCode();
        foreach (var (id, centre) in await Sets(coordinator))
        {
            using var head = Client(baseUrl, Token($"--role centre-head --centre {centre}"));
            await Step(head, $"/api/v1/goals/sets/{id}", "submit");
            await Step(coordinator, $"/api/v1/goals/sets/{id}", "approve");
        }

        Console.WriteLine($"goal sets imported, submitted and approved in {watch.Elapsed.TotalSeconds:F1} s");
        return await Sets(coordinator);
    }

    private static async Task<List<(Guid Id, string Centre)>> Sets(HttpClient coordinator)
    {
        using var list = JsonDocument.Parse(await coordinator.GetStringAsync("/api/v1/goals/network/sets?year=2025&limit=100"));
        var items = list.RootElement.ValueKind == JsonValueKind.Array ? list.RootElement : list.RootElement.GetProperty("items");
        return [.. items.EnumerateArray().Select(s => (s.GetProperty("id").GetGuid(), s.GetProperty("centre").GetString()!))];
    }

    private static async Task Step(HttpClient client, string set, string action)
    {
        using var current = await client.GetAsync(set);
        current.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{set}/{action}");
        request.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.ToString());
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static HttpClient Client(string baseUrl, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Token(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("build/token.sh", arguments) { RedirectStandardOutput = true })!;
        var token = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return token;
    }
}
