using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Loads the facts into memory (<see cref="FactMemory"/>) in the background when the host starts, so the first
/// statistics request does not wait for it. A failure (database down) is logged; the first read loads them then.
/// </summary>
internal sealed class FactMemoryWarmUp(IDocumentStore store, ILogger<FactMemoryWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var connection = await StatisticsReader.OpenAsync(store, stoppingToken);
            await FactMemory.Of(store).WarmUp(connection, stoppingToken);
            logger.LogInformation("Service facts loaded into memory in {Seconds:F1} s", watch.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Service facts not loaded at start; the first statistics request loads them");
        }
    }
}
