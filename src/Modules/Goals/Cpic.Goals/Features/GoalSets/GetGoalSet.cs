using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Progress;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.GoalSets;

public sealed class GetGoalSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/sets/{id:guid}", async (Guid id, ClaimsPrincipal user, HttpResponse response,
                IQuerySession session, ProgressReader progress, TimeProvider clock, CancellationToken ct) =>
            {
                var set = await session.FindAsync(user, id, ct);
                response.SetETag(set.Version);
                var live = await progress.ReadAsync(set.Id, set.Centre, set.Goals, clock.Today(), ct);
                return Results.Ok(GoalSetResponse.From(set, live));
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Goals").WithName("get-goal-set")
            .WithSummary("Get a goal set with its live progress")
            .WithDescription("The current version's goals with progress as of today (metric key results from Monitoring's " +
                "figures, see docs/goals.md), the workflow history and the `ETag`. Staff see their centre's sets (another " +
                "centre's is 404); ministry roles see every centre's.")
            .Produces<GoalSetResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
