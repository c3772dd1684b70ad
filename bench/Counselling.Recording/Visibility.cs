using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Counselling.Recording;

/// <summary>
/// How long after its 201 a recorded service counts in the statistics. <c>/statistics</c> counts the fact rows
/// committed when it is asked (ADR 0148: each host catches up with <c>monitoring.service_facts</c> before it counts),
/// so a service counts from the moment its fact row is committed: this polls the table every 20 ms for the services
/// answered so far and notes each one's delay from its 201.
/// </summary>
internal sealed class Visibility(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, TimeSpan> _waiting = new();
    private readonly ConcurrentBag<double> _delaysMs = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private Task? _poller;

    public void Start() => _poller = Task.Run(Poll);

    /// <summary>Notes a service answered 201 now.</summary>
    public void Answered(Guid serviceId) => _waiting[serviceId] = _clock.Elapsed;

    /// <summary>Stops once every noted service has been seen (or after a minute); returns p50 and p99 in ms.</summary>
    public async Task<(double P50, double P99, int Unseen)> StopAsync()
    {
        var until = _clock.Elapsed + TimeSpan.FromMinutes(1);
        while (!_waiting.IsEmpty && _clock.Elapsed < until) await Task.Delay(50);
        await _stop.CancelAsync();
        await _poller!;
        var result = RunResult.From("visibility", [.. _delaysMs], 0, _clock.Elapsed);
        return (result.P50Ms, result.P99Ms, _waiting.Count);
    }

    public async ValueTask DisposeAsync() => await _stop.CancelAsync();

    private async Task Poll()
    {
        while (!_stop.IsCancellationRequested)
        {
            var ids = _waiting.Keys.ToArray();
            if (ids.Length > 0)
            {
                await using var command = dataSource.CreateCommand("select distinct service_id from monitoring.service_facts where service_id = any($1)");
                command.Parameters.Add(new NpgsqlParameter { Value = ids });
                await using var reader = await command.ExecuteReaderAsync();
                var now = _clock.Elapsed;
                while (await reader.ReadAsync())
                {
                    if (_waiting.TryRemove(reader.GetGuid(0), out var answered)) _delaysMs.Add((now - answered).TotalMilliseconds);
                }
            }

            await Task.Delay(20);
        }
    }
}
