using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Marten;
using Wolverine;

namespace Cpic.Goals.Features.Workflow;

/// <summary>
/// Approval and return are the ministry coordinator's, who has no centre: the set is found in any centre and the
/// command runs for the set's centre (its tenant), like a centre's own command.
/// </summary>
internal static class MinistryDecision
{
    public static async Task<T> InvokeForSetAsync<T>(this IMessageBus bus, IQuerySession session, Guid id, object command,
        CancellationToken ct)
    {
        var centre = await session.Query<GoalSet>().Where(s => s.AnyTenant() && s.Id == id).Select(s => s.Centre)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Goal set", id.ToString());
        return await bus.InvokeForTenantAsync<T>(centre, command, ct);
    }

    public static GoalSet EnsureSubmitted(GoalSet set) => set.Status == GoalSetStatuses.Submitted ? set
        : throw new ConflictException($"Version {set.Number} is {set.Status}; only a submitted version is approved or returned.");
}
