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
using Wolverine;

namespace Cpic.Goals.Features.Workflow;

public sealed record StartNewVersion(Guid SetId, string UserId);

public static class StartNewVersionHandler
{
    public static async Task<GoalSetResponse> Handle(StartNewVersion command, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var set = await session.LoadForChangeAsync(command.SetId, null, ct);
        if (set.Status != GoalSetStatuses.Approved)
        {
            throw new ConflictException($"Version {set.Number} is {set.Status}: edit it as it is; only an approved version is followed by a new one.");
        }

        set.Number++;
        set.Status = GoalSetStatuses.Draft;
        set.Record("new-version", command.UserId, clock.GetUtcNow());
        return session.Save(set);
    }
}

public sealed class StartNewVersionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets/{id:guid}/versions", async (Guid id, ClaimsPrincipal user, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
            {
                var set = await bus.InvokeAsync<GoalSetResponse>(new StartNewVersion(id, user.UserId()), ct);
                response.SetETag(set.Revision);
                return Results.Created($"/api/v1/goals/sets/{id}", set);
            })
            .WithIdempotency()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Goals").WithName("start-goal-set-version")
            .WithSummary("Start a new draft version of an approved set, to change its goals")
            .WithDescription("Copies the approved goals into version n+1 (draft). The approved version stays frozen, " +
                "published and readable until the new one is approved. A set that is not approved is 409.")
            .Produces<GoalSetResponse>(StatusCodes.Status201Created).ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
