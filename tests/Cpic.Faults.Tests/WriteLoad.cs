using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Cpic.Faults.Tests;

/// <summary>One POST as the caller saw it: status 0 is no answer at all (refused, reset, timed out).</summary>
internal sealed record Attempt(string Marker, int Status, TimeSpan At, bool Replayed, string? Detail);

/// <summary>
/// Callers recording services, each with a unique marker (its outcome text and its <c>Idempotency-Key</c>), spread
/// over the live nodes as a load balancer would. Every attempt is kept, so every stored record is traced to its request.
/// </summary>
internal sealed class WriteLoad(Func<Uri[]> nodes, Guid[] clients, string token)
{
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };
    private long _next;

    public string Run { get; } = $"f{Guid.NewGuid():N}"[..12];

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public IReadOnlyCollection<Attempt> Attempts => _attempts;

    public Task RunAsync(int callers, CancellationToken stop) => Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            if ((await PostAsync(Interlocked.Increment(ref _next))).Status is 0 or >= 500)
            {
                await Task.Delay(200, CancellationToken.None); // a caller backs off, a refused connection would spin
            }
        }
    }, CancellationToken.None)));

    /// <summary>
    /// Sends every request that got no success again, with its key and body, until it has a final answer: a 201
    /// (run now or replayed) or a 409 saying it was carried out.
    /// </summary>
    public async Task RetryUnansweredAsync()
    {
        var open = _attempts.GroupBy(a => a.Marker).Where(g => !g.Any(a => a.Status == 201)).Select(g => g.Key).ToList();
        await Parallel.ForEachAsync(open, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (marker, _) =>
        {
            var n = long.Parse(marker[(Run.Length + 1)..], CultureInfo.InvariantCulture);
            for (var i = 0; i < 60 && (await PostAsync(n)).Status is not (201 or 409 or 422); i++)
            {
                await Task.Delay(1000);
            }
        });
    }

    private async Task<Attempt> PostAsync(long n)
    {
        var marker = $"{Run}-{n}";
        var live = nodes();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(live[n % live.Length], "/api/v1/counselling/services"))
        {
            Content = JsonContent.Create(Body(clients[n % clients.Length], marker)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", marker);
        Attempt attempt;
        try
        {
            using var response = await _http.SendAsync(request);
            var status = (int)response.StatusCode;
            attempt = new Attempt(marker, status, Clock.Elapsed, response.Headers.Contains("Idempotent-Replayed"),
                status >= 400 ? await response.Content.ReadAsStringAsync() : null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            attempt = new Attempt(marker, 0, Clock.Elapsed, false, e.GetType().Name);
        }

        _attempts.Enqueue(attempt);
        return attempt;
    }

    private static object Body(Guid client, string marker) => new
    {
        clientIds = new[] { client }, date = Verdicts.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        startTime = "10:15", minutes = 40, serviceType = "social-counselling", form = "office", workplace = "LBC-LIB",
        place = new { type = "workplace" }, topics = new[] { "residence" }, workers = new[] { "fault-suite" },
        fundingSource = "CZ.12.01.02/00/24_022/0000077", outcome = marker,
    };
}
