using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Cpic.Goals.Progress;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.Ministry;

/// <summary>The goals of an area across the network.</summary>
/// <param name="Area" example="counselling">Area.</param>
/// <param name="Goals" example="31">Approved goals of the area.</param>
/// <param name="Achieved" example="12">Of them achieved.</param>
/// <param name="ShareAchieved" example="0.387">Achieved / goals (null without goals).</param>
/// <param name="KeyResultsAtRisk" example="4">Key results at risk.</param>
internal sealed record AreaRollUp(string Area, int Goals, int Achieved, decimal? ShareAchieved, int KeyResultsAtRisk);

/// <summary>The national roll-up of a year: approved versions of every centre, progress as of today. No personal data.</summary>
/// <param name="Year" example="2026">Year.</param>
/// <param name="Centres" example="14">Centres with an approved set.</param>
/// <param name="AsOf" example="2026-06-30">Day of the figures.</param>
/// <param name="Areas">One line per area.</param>
internal sealed record NationalRollUp(int Year, int Centres, DateOnly AsOf, IReadOnlyList<AreaRollUp> Areas);

public sealed class NationalRollUpEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/network/roll-up/{year:int}", async (int year, IQuerySession session, ProgressReader progress,
                TimeProvider clock, CancellationToken ct) =>
            {
                var sets = await session.Query<GoalSet>().Where(s => s.AnyTenant() && s.Year == year && s.ApprovedNumber != null).ToListAsync(ct);
                var today = clock.Today();
                var goals = new List<(Goal Goal, GoalProgress Progress)>();
                foreach (var set in sets)
                {
                    var version = (await session.FrozenVersionAsync(set, set.ApprovedNumber, ct))!;
                    var live = await progress.ReadAsync(set.Id, set.Centre, version.Goals, today, ct);
                    goals.AddRange(version.Goals.Zip(live.Goals));
                }

                return Results.Ok(new NationalRollUp(year, sets.Count, today, [.. GoalCodes.Areas.Select(a => Area(a.Code, goals))]));
            })
            .RequireAuthorization(Policies.Ministry)
            .WithTags("Goals").WithName("get-national-goals-roll-up")
            .WithSummary("National roll-up of a year's approved goals: per area, goals, share achieved, key results at risk")
            .WithDescription("Ministry roles. Counts only, no texts, no names.")
            .Produces<NationalRollUp>();

    private static AreaRollUp Area(string area, List<(Goal Goal, GoalProgress Progress)> goals)
    {
        var mine = goals.Where(g => g.Goal.Area == area).ToList();
        var achieved = mine.Count(g => g.Progress.Status == ProgressStatuses.Achieved);
        return new AreaRollUp(area, mine.Count, achieved, mine.Count == 0 ? null : Math.Round((decimal)achieved / mine.Count, 3),
            mine.Sum(g => g.Progress.KeyResults.Count(k => k.Status == ProgressStatuses.AtRisk)));
    }
}
