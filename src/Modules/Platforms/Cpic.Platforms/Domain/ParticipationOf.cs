using Marten;

namespace Cpic.Platforms.Domain;

/// <summary>Keeps each actor's first participation (a seat in a body, a meeting attended) and saves the actors it moved.</summary>
internal static class ParticipationOf
{
    /// <summary>The actors whose first participation this is (the "new actors" of the day).</summary>
    public static IReadOnlyList<Actor> Record(IDocumentSession session, IEnumerable<(Actor Actor, DateOnly On)> participations)
    {
        var moved = participations.Where(p => p.Actor.Participated(p.On)).Select(p => p.Actor).Distinct().ToList();
        foreach (var actor in moved)
        {
            session.UpdateRevision(actor, actor.Version + 1);
        }

        return moved;
    }
}
