using Marten;

namespace Cpic.BuildingBlocks.Demo;

/// <summary>
/// One centre's share of the demo year (<c>./build/run.sh --demo</c>): its code, workplaces, how many clients it
/// serves and the seed that makes every module's part of it the same on every machine.
/// </summary>
/// <param name="Code">Centre code (the tenant), e.g. <c>LBC</c>.</param>
/// <param name="Workplaces">Workplace codes of the centre; the first is its main office.</param>
/// <param name="Towns">The workplaces' towns, in the same order.</param>
/// <param name="Clients">Clients to register.</param>
/// <param name="Seed">Seed of the centre's random numbers.</param>
/// <param name="Today">Today in Prague: nothing is dated after it.</param>
public sealed record DemoCentre(string Code, IReadOnlyList<string> Workplaces, IReadOnlyList<string> Towns, int Clients,
    int Seed, DateOnly Today)
{
    /// <summary>The centre's random numbers for one module's part (a different salt per part).</summary>
    public Random RandomFor(int salt) => new(HashCode.Combine(Seed, salt) & int.MaxValue);

    /// <summary>A day of this year up to today.</summary>
    public DateOnly DayThisYear(Random random) =>
        new DateOnly(Today.Year, 1, 1).AddDays(random.Next(Today.DayOfYear));

    /// <summary>The town of one of the centre's workplaces.</summary>
    public string TownOf(string workplace) => Towns[Workplaces.ToList().IndexOf(workplace)];

    /// <summary>
    /// Waits (up to a minute) until a module's own copy of the clients (<typeparamref name="TClient"/>, built from Clients'
    /// messages) holds all of the centre's demo clients.
    /// </summary>
    public async Task UntilKnownAsync<TClient>(IDocumentStore store, DemoClients clients, CancellationToken ct)
        where TClient : notnull
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using (var session = store.QuerySession(Code))
            {
                if (await session.Query<TClient>().CountAsync(ct) >= clients.Identified.Count + clients.Anonymous.Count) return;
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"The demo data waited a minute for {typeof(TClient).Name} of {Code}.");
    }

    /// <summary>A worker of the centre (a user id as staff tokens carry them).</summary>
    public string Worker(Random random) => $"{Code.ToLowerInvariant()}-worker-{random.Next(1, 6)}";
}

/// <summary>Weighted and uniform picks from the seeded random numbers of <see cref="DemoCentre"/>.</summary>
public static class DemoPicks
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (item, weight) in weighted)
        {
            if ((roll -= weight) < 0) return item;
        }

        throw new InvalidOperationException("Weights must be positive.");
    }

    public static bool Chance(this Random random, int percent) => random.Next(100) < percent;
}

/// <summary>The demo clients of a centre, as Clients registered them: identified ones and anonymous ones.</summary>
public sealed record DemoClients(IReadOnlyList<Guid> Identified, IReadOnlyList<Guid> Anonymous);
