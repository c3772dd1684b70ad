using System.Collections.Concurrent;
using System.Diagnostics;

namespace Counselling.Recording;

/// <summary>
/// Runs <c>workers</c> concurrent loops of one operation. Open-loop mode (<c>ratePerSecond</c>) starts operation i at
/// t0 + i/rate and measures from that planned start, so a slow server cannot hide its queueing (coordinated omission).
/// </summary>
internal static class LoadRunner
{
    public static async Task<RunResult> RunAsync(string name, int workers, TimeSpan duration, Func<Task<bool>> operation,
        double? ratePerSecond = null)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var next = -1L;
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                var planned = ratePerSecond is { } rate ? TimeSpan.FromSeconds(i / rate) : clock.Elapsed;
                if (planned >= duration) return;
                if (planned > clock.Elapsed) await Task.Delay(planned - clock.Elapsed);
                var ok = await operation();
                if (ok) latencies.Add((clock.Elapsed - planned).TotalMilliseconds); else Interlocked.Increment(ref errors);
            }
        }));
        await Task.WhenAll(loops);
        return RunResult.From(name, [.. latencies], errors, clock.Elapsed);
    }
}
