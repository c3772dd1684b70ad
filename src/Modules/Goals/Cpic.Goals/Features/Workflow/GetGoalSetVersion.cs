using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.Workflow;

/// <summary>An approved version as it was frozen, with who approved it and when.</summary>
internal sealed record GoalSetVersionResponse(Guid SetId, int Version, IReadOnlyList<Goal> Goals, string ApprovedBy,
    DateTimeOffset ApprovedAt, IReadOnlyList<WorkflowStep> History);

public sealed class GetGoalSetVersionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/sets/{id:guid}/versions/{version:int}", async (Guid id, int version, ClaimsPrincipal user,
                IQuerySession session, CancellationToken ct) =>
            {
                var set = await session.FindAsync(user, id, ct);
                var frozen = await session.FrozenVersionAsync(set, version, ct)
                    ?? throw new NotFoundException("Approved version", $"{id}:{version}");
                return Results.Ok(new GoalSetVersionResponse(set.Id, version, frozen.Goals, frozen.ApprovedBy,
                    frozen.ApprovedAt, [.. set.History.Where(h => h.Version == version)]));
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Goals").WithName("get-goal-set-version")
            .WithSummary("Get an approved version of a goal set as it was frozen")
            .WithDescription("Every approved version stays readable with the workflow steps of that version. A version " +
                "that was never approved, or another centre's set, is 404.")
            .Produces<GoalSetVersionResponse>().ProducesProblem(StatusCodes.Status404NotFound);
}
