using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Contracts;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.Workflow;

public sealed record SubmitGoalSet(Guid SetId, long ExpectedRevision, string UserId);

public static class SubmitGoalSetHandler
{
    public static async Task<(GoalSetResponse, OutgoingMessages)> Handle(SubmitGoalSet command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var set = await session.LoadForChangeAsync(command.SetId, command.ExpectedRevision, ct);
        if (!GoalSetStatuses.Editable(set.Status))
        {
            throw new ConflictException($"Version {set.Number} is {set.Status}; only a draft or returned version is submitted.");
        }

        if (set.Goals.Count == 0)
        {
            throw new UnprocessableException("goals", "An empty goal set cannot be submitted: add at least one goal.");
        }

        set.Status = GoalSetStatuses.Submitted;
        set.Record("submitted", command.UserId, clock.GetUtcNow());
        return (session.Save(set), [new GoalSetSubmitted(set.Id, set.Centre, set.Year, set.Number)]);
    }
}

public sealed class SubmitGoalSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets/{id:guid}/submit", async (Guid id, ClaimsPrincipal user, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var set = await bus.InvokeAsync<GoalSetResponse>(new SubmitGoalSet(id, request.ExpectedVersion(), user.UserId()), ct);
                response.SetETag(set.Revision);
                return Results.Ok(set);
            })
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Goals").WithName("submit-goal-set")
            .WithSummary("Submit the current version for the ministry's approval (If-Match)")
            .WithDescription("A draft or returned version with at least one goal (an empty set is 422); any other status is " +
                "409. Publishes `GoalSetSubmitted`.")
            .Produces<GoalSetResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).RequiresIfMatch();
}
