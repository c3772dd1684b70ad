using Cpic.Platforms.Domain;
using Marten;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>Resolves a distribution list to the people it reaches on <c>today</c>: consent to its purpose, an e-mail, an active actor.</summary>
internal static class Recipients
{
    public static async Task<IReadOnlyList<(ContactPerson Person, Actor Actor)>> ResolveAsync(DistributionList list,
        IQuerySession session, DateOnly today, CancellationToken ct)
    {
        // A centre's network is hundreds of actors: loading them is simpler than translating the query to SQL.
        var actors = (await session.Query<Actor>().Where(a => a.Active).ToListAsync(ct)).ToDictionary(a => a.Id);
        var seated = await SeatedAsync(list, session, today, ct);
        var towns = list.Towns.Select(SearchText.Of).ToHashSet();
        var selected = actors.Values.Where(a => list.ActorIds.Contains(a.Id) || (list.HasQuery
            && (list.ActorTypes.Count == 0 || list.ActorTypes.Contains(a.Type))
            && (towns.Count == 0 || towns.Contains(a.SearchTown ?? ""))
            && (list.Themes.Count == 0 || a.Themes.Intersect(list.Themes).Any())
            && (list.BodyIds.Count == 0 || seated.Contains(a.Id)))).Select(a => a.Id).ToArray();
        var people = (await session.Query<ContactPerson>().Where(p => p.ActorId.IsOneOf(selected)).ToListAsync(ct))
            .Concat(await session.LoadManyAsync<ContactPerson>(ct, list.PersonIds.ToArray()));
        return [.. people.Where(p => p.Email is not null && p.HasConsent(list.Purpose) && actors.ContainsKey(p.ActorId))
            .DistinctBy(p => p.Id).OrderBy(p => p.Name).Select(p => (p, actors[p.ActorId]))];
    }

    private static async Task<HashSet<Guid>> SeatedAsync(DistributionList list, IQuerySession session, DateOnly today, CancellationToken ct)
    {
        if (list.BodyIds.Count == 0) return [];
        var bodies = await session.LoadManyAsync<Body>(ct, list.BodyIds);
        return [.. bodies.SelectMany(b => b.Members).Where(m => m.From <= today && (m.To is null || m.To >= today)).Select(m => m.ActorId)];
    }

    public static Recipient Of(ContactPerson person, Actor actor) => new(person.Id, actor.Id, actor.Name, person.Name, person.Email!);
}
