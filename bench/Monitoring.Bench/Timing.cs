using System.Diagnostics;
using System.Globalization;

namespace Monitoring.Bench;

internal static class Timing
{
    /// <summary>
    /// Times each request (3 warm-up + <paramref name="runs"/> measured) and prints a Markdown table row: median, p95
    /// and max.
    /// </summary>
    public static async Task Table(HttpClient http, IEnumerable<(string Name, string Url)> requests, int runs = 21)
    {
        Console.WriteLine("| Request | Median (ms) | p95 (ms) | Max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, url) in requests)
        {
            for (var i = 0; i < 3; i++)
            {
                using var response = await http.GetAsync(url);
                response.EnsureSuccessStatusCode();
            }

            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {times[runs / 2]:F1} | {times[(int)Math.Ceiling(runs * 0.95) - 1]:F1} | {times[^1]:F1} |"));
        }
    }

    /// <summary>Streams the feed, counting rows, while sampling the host's resident memory every 50 ms.</summary>
    public static async Task Feed(HttpClient http, int hostPid, string url)
    {
        var before = Rss(hostPid);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Rss(hostPid));
                await Task.Delay(50);
            }
        });
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        long rows = -1, bytes = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            rows++;
            bytes += line.Length + 2;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"facts feed CSV: {rows:N0} rows ({bytes / 1048576.0:F0} MiB) in {seconds:F2} s = {rows / seconds:N0} rows/s; host RSS {before} MiB before, peak {peak} MiB"));
    }

    public static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
