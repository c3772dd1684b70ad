using System.Diagnostics;
using JasperFx.Resources;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using JasperFx;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// Runs <see cref="StatisticsCubeFill"/> where the schema is applied: as a stateful resource after the database's
/// (<c>resources setup</c>, i.e. <c>build/migrate.sh</c>) and at start-up when the host applies the schema itself.
/// </summary>
internal sealed class StatisticsCubeSetup(IDocumentStore store, ILogger<StatisticsCubeSetup> logger)
    : StatefulResourceBase("Monitoring", "statistics-cube", Uri, Uri), IStatefulResourceWithDependencies, IHostedService
{
    private static readonly Uri Uri = new("cpic://monitoring/statistics-cube");

    public override Task Setup(CancellationToken token) => Fill(token);

    public IEnumerable<IStatefulResource> FindDependencies(IReadOnlyList<IStatefulResource> others) =>
        others.Where(o => !ReferenceEquals(o, this));

    public Task StartAsync(CancellationToken cancellationToken) =>
        ((StoreOptions)store.Options).AutoCreateSchemaObjects == AutoCreate.None ? Task.CompletedTask : Fill(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task Fill(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var years = await StatisticsCubeFill.RunAsync(async token =>
        {
            var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(token);
            return connection;
        }, ct);
        if (years > 0)
        {
            logger.LogInformation("Statistics cube filled for {Years} year(s) in {Seconds:F1} s", years, watch.Elapsed.TotalSeconds);
        }
    }
}
