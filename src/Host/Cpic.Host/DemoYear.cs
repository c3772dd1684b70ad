using System.Diagnostics;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Demo;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Demo;
using Cpic.Counselling.Demo;
using Cpic.LanguageCourses.Demo;
using Marten;
using Wolverine;

namespace Cpic.Host;

/// <summary>
/// A plausible, fictitious current year of every centre's work for the demo (<c>./build/run.sh --demo</c>): clients
/// (Clients), then counselling and courses for them (Counselling, LanguageCourses), all through the modules' commands
/// with the centre as tenant, so read models, facts and statistics are built as in production. Seeded per centre, so the
/// same on every machine; a centre that already has clients is left alone, so a restart adds nothing.
/// </summary>
internal static class DemoYear
{
    /// <summary>Clients per centre, roughly by the size of the region's foreign population; the others 50.</summary>
    private static readonly Dictionary<string, int> Sizes = new()
    {
        ["PHA"] = 130, ["STC"] = 90, ["JHM"] = 80, ["PLK"] = 70, ["MSK"] = 65, ["ULK"] = 65, ["KVK"] = 55,
    };

    /// <summary>Loads the year; returns how long it took.</summary>
    public static async Task<TimeSpan> LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var store = services.GetRequiredService<IDocumentStore>();
        var today = services.GetRequiredService<TimeProvider>().Today();
        List<Centre> centres;
        await using (var session = store.QuerySession())
        {
            centres = [.. await session.Query<Centre>().OrderBy(c => c.Id).ToListAsync(ct)];
        }

        await Parallel.ForEachAsync(centres, new ParallelOptions { MaxDegreeOfParallelism = centres.Count, CancellationToken = ct },
            async (centre, token) =>
            {
                var demo = new DemoCentre(centre.Id, [.. centre.Workplaces.Select(w => w.Code)], [.. centre.Workplaces.Select(w => w.Town)],
                    Sizes.GetValueOrDefault(centre.Id, 50), centre.Id.Aggregate(17, (hash, c) => (hash * 31) + c), today);
                if (await WithBus(services, bus => ClientsDemo.LoadAsync(bus, store, demo, token)) is not { } clients) return;
                await Task.WhenAll(WithBus(services, bus => CounsellingDemo.LoadAsync(bus, store, demo, clients, token)),
                    WithBus(services, bus => CoursesDemo.LoadAsync(bus, store, demo, clients, token)));
            });
        return watch.Elapsed;
    }

    /// <summary>A message bus of its own for each part that runs beside another (a bus is not shared between threads).</summary>
    private static async Task<T> WithBus<T>(IServiceProvider services, Func<IMessageBus, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IMessageBus>());
    }

    private static Task WithBus(IServiceProvider services, Func<IMessageBus, Task> work) =>
        WithBus(services, async bus => { await work(bus); return true; });
}
