using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Contracts;
using Cpic.Goals.Features.GoalSets;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.Workflow;

public sealed record PublishGoalSet(Guid SetId, string UserId);

public static class PublishGoalSetHandler
{
    public static async Task<(GoalSetResponse, OutgoingMessages)> Handle(PublishGoalSet command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var set = await session.LoadForChangeAsync(command.SetId, null, ct);
        if (set.ApprovedNumber is not { } approved)
        {
            throw new ConflictException("Nothing to publish: no version of this set is approved yet.");
        }

        if (set.PublishedNumber == approved)
        {
            throw new ConflictException($"Version {approved} is already published.");
        }

        set.PublishedNumber = approved;
        set.Record("published", command.UserId, clock.GetUtcNow());
        return (session.Save(set), [new GoalSetPublished(set.Id, set.Centre, set.Year, approved)]);
    }
}

public sealed class PublishGoalSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets/{id:guid}/publish", async (Guid id, ClaimsPrincipal user, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
            {
                var set = await bus.InvokeAsync<GoalSetResponse>(new PublishGoalSet(id, user.UserId()), ct);
                response.SetETag(set.Revision);
                return Results.Ok(set);
            })
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Goals").WithName("publish-goal-set")
            .WithSummary("Publish the latest approved version")
            .WithDescription("Puts the latest approved version on the public endpoints " +
                "(`/api/v1/goals/public/{centre}/{year}`), without internal notes. Nothing approved, or that version " +
                "already published: 409. Publishes `GoalSetPublished`.")
            .Produces<GoalSetResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
