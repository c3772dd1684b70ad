using Cpic.BuildingBlocks.Http;
using Marten;

namespace Cpic.Platforms.Domain;

/// <summary>
/// The actors and people an input names, loaded once: each reference that is not the centre's becomes a field error,
/// and <see cref="ThrowIfAny"/> answers them all in one 422.
/// </summary>
internal sealed class KnownActors
{
    private readonly Dictionary<Guid, Actor> _actors;
    private readonly Dictionary<Guid, ContactPerson> _people;
    private readonly Dictionary<string, string[]> _errors = [];

    private KnownActors(Dictionary<Guid, Actor> actors, Dictionary<Guid, ContactPerson> people) => (_actors, _people) = (actors, people);

    public static async Task<KnownActors> LoadAsync(IQuerySession session, IEnumerable<Guid> actorIds, IEnumerable<Guid> personIds,
        CancellationToken ct) =>
        new((await session.LoadManyAsync<Actor>(ct, actorIds.Distinct())).ToDictionary(a => a.Id),
            (await session.LoadManyAsync<ContactPerson>(ct, personIds.Distinct())).ToDictionary(p => p.Id));

    public Actor this[Guid id] => _actors[id];

    public void Actor(Guid id, string field)
    {
        if (!_actors.ContainsKey(id)) _errors[field] = [$"Actor {id} is not an actor of this centre."];
    }

    public void Person(Guid? id, Guid actorId, string field)
    {
        if (id is { } p && (!_people.TryGetValue(p, out var person) || person.ActorId != actorId))
        {
            _errors[field] = [$"Person {p} is not a person of actor {actorId}."];
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new UnprocessableException(_errors);
    }
}
