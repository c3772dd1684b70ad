using System.Text.Json;
using Cpic.BuildingBlocks;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.Import;
using Cpic.Monitoring.Contracts;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.Goals.Demo;

/// <summary>
/// Demo data (<c>./build/run.sh --demo</c>): seed 004's goals of the centres it names, for the current year, in the
/// import format (<c>seed-004-goals.json</c>), with key results bound to metrics where the text carries a number.
/// </summary>
public static class GoalsDemo
{
    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var year = clock.Today().Year;
        await using var session = scope.ServiceProvider.GetRequiredService<IDocumentStore>().LightweightSession();
        if (await session.Query<GoalSet>().AnyAsync(s => s.AnyTenant() && s.Year == year, ct))
        {
            return;
        }

        await using var stream = typeof(GoalsDemo).Assembly.GetManifestResourceStream("Cpic.Goals.seed-004-goals.json")!;
        var import = (await JsonSerializer.DeserializeAsync<GoalSetImport>(stream, JsonSerializerOptions.Web, ct))! with { Year = year };
        await import.AddAsync(session, scope.ServiceProvider.GetRequiredService<IMonitoringMetrics>(), "demo", clock.GetUtcNow(), ct);
    }
}
