using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.GoalSets;

/// <summary>A line of a list of goal sets: no goals' texts, no history, no personal data.</summary>
/// <param name="Id">Id of the set.</param>
/// <param name="Centre">Centre code.</param>
/// <param name="Region">Region (CZ-NUTS) of the centre.</param>
/// <param name="Year">Year of the goals.</param>
/// <param name="Status">draft, submitted, returned or approved.</param>
/// <param name="Version">Current version number.</param>
/// <param name="ApprovedVersion">Latest approved version.</param>
/// <param name="PublishedVersion">Published version.</param>
/// <param name="Goals" example="8">Number of goals of the current version.</param>
public sealed record GoalSetSummary(Guid Id, string Centre, string Region, int Year, string Status, int Version,
    int? ApprovedVersion, int? PublishedVersion, int Goals)
{
    internal static GoalSetSummary From(GoalSet s) =>
        new(s.Id, s.Centre, s.Region, s.Year, s.Status, s.Number, s.ApprovedNumber, s.PublishedNumber, s.Goals.Count);
}

public sealed class ListGoalSetsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/sets", async (int? limit, string? cursor, HttpRequest request, IQuerySession session,
                CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var after = page.After<int?>() ?? int.MaxValue;
                var rows = await session.Query<GoalSet>().Where(s => s.Year < after).OrderByDescending(s => s.Year)
                    .Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, s => s.Year, GoalSetSummary.From, request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Goals").WithName("list-goal-sets")
            .WithSummary("List the centre's goal sets, newest year first")
            .WithDescription("Keyset paging with `limit` and `cursor`. Ministry roles use `GET /api/v1/goals/network/sets`.")
            .Produces<Page<GoalSetSummary>>().ProducesProblem(StatusCodes.Status400BadRequest);
}
