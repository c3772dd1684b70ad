using System.Security.Claims;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Marten;

namespace Cpic.Goals.Features.GoalSets;

/// <summary>Loading a goal set: staff see their centre's sets only (another centre's is a 404), ministry roles any.</summary>
internal static class GoalSetStore
{
    public static async Task<GoalSet> FindAsync(this IQuerySession session, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        (user.IsMinistry()
            ? await session.Query<GoalSet>().Where(s => s.AnyTenant() && s.Id == id).FirstOrDefaultAsync(ct)
            : await session.LoadAsync<GoalSet>(id, ct))
        ?? throw new NotFoundException("Goal set", id.ToString());

    /// <summary>Loads the set for a change: 404 when missing, 412 when <paramref name="expected"/> is not its revision.</summary>
    public static async Task<GoalSet> LoadForChangeAsync(this IDocumentSession session, Guid id, long? expected, CancellationToken ct)
    {
        var set = await session.LoadAsync<GoalSet>(id, ct) ?? throw new NotFoundException("Goal set", id.ToString());
        if (expected is not null && set.Version != expected)
        {
            throw new PreconditionFailedException(
                $"The goal set has changed (current ETag {ETags.For(set.Version)}). Read it again and reapply your change.");
        }

        return set;
    }

    /// <summary>Stores the change with the next revision, which the answer and its ETag carry.</summary>
    public static GoalSetResponse Save(this IDocumentSession session, GoalSet set)
    {
        session.UpdateRevision(set, set.Version + 1);
        set.Version++;
        return GoalSetResponse.From(set);
    }

    /// <summary>Version <paramref name="number"/> of the set as approved, from any centre (the set is already checked), or null.</summary>
    public static async Task<GoalSetVersion?> FrozenVersionAsync(this IQuerySession session, GoalSet set, int? number,
        CancellationToken ct)
    {
        var key = GoalSetVersion.IdOf(set.Id, number ?? 0);
        return number is null ? null : await session.Query<GoalSetVersion>().Where(v => v.AnyTenant() && v.Id == key).FirstOrDefaultAsync(ct);
    }
}
