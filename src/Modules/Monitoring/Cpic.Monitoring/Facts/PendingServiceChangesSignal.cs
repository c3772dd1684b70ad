using System.Diagnostics;
using Wolverine;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// Asks for one <see cref="ApplyPendingServiceChanges"/> at a time. A change asks after its transaction commits; the
/// applier clears the request before it reads the waiting changes. So a change either finds no request outstanding
/// and sends one, or finds one the applier has not started yet, which will then read it: a burst of a thousand
/// changes wakes the applier a few times, not a thousand. After a batch the applier rests three times as long as the
/// batch took (at most <see cref="MaxRest"/>; not when a full batch left more), so under a steady stream of services
/// Monitoring takes at most a quarter of a database core. Small batches take milliseconds, so a quiet system applies at once.
/// </summary>
public sealed class PendingServiceChangesSignal
{
    public static readonly TimeSpan MaxRest = TimeSpan.FromSeconds(10);
    private int _requested;
    private long _restUntil;
    private long _batchStarted;

    public async Task RequestAsync(IMessageBus bus)
    {
        if (Interlocked.Exchange(ref _requested, 1) == 1)
        {
            return;
        }

        try
        {
            await bus.PublishAsync(new ApplyPendingServiceChanges());
        }
        catch
        {
            Volatile.Write(ref _requested, 0);
            throw;
        }
    }

    /// <summary>Rests after the previous batch (unless <paramref name="more"/>), then clears the request.</summary>
    internal async Task StartAsync(bool more, CancellationToken ct)
    {
        var rest = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Volatile.Read(ref _restUntil));
        if (!more && rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, ct);
        }

        _batchStarted = Stopwatch.GetTimestamp();
        Volatile.Write(ref _requested, 0);
    }

    /// <summary>The batch has committed: the next one rests three times as long as it took.</summary>
    internal void Applied()
    {
        var took = Stopwatch.GetElapsedTime(_batchStarted);
        var rest = took * 3 < MaxRest ? took * 3 : MaxRest;
        Volatile.Write(ref _restUntil, Stopwatch.GetTimestamp() + (long)(rest.TotalSeconds * Stopwatch.Frequency));
    }
}
