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

public sealed record ApproveGoalSet(Guid SetId, long ExpectedRevision, string UserId);

public static class ApproveGoalSetHandler
{
    public static async Task<(GoalSetResponse, OutgoingMessages)> Handle(ApproveGoalSet command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var set = MinistryDecision.EnsureSubmitted(await session.LoadForChangeAsync(command.SetId, command.ExpectedRevision, ct));
        var now = clock.GetUtcNow();
        set.Status = GoalSetStatuses.Approved;
        set.ApprovedNumber = set.Number;
        set.Record("approved", command.UserId, now);
        session.Insert(new GoalSetVersion(GoalSetVersion.IdOf(set.Id, set.Number), set.Id, set.Number, set.Goals, command.UserId, now));
        return (session.Save(set), [new GoalSetApproved(set.Id, set.Centre, set.Year, set.Number)]);
    }
}

public sealed class ApproveGoalSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets/{id:guid}/approve", async (Guid id, ClaimsPrincipal user, HttpRequest request,
                HttpResponse response, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            {
                var command = new ApproveGoalSet(id, request.ExpectedVersion(), user.UserId());
                var set = await bus.InvokeForSetAsync<GoalSetResponse>(session, id, command, ct);
                response.SetETag(set.Revision);
                return Results.Ok(set);
            })
            .RequireAuthorization(Policies.MinistryCoordinator)
            .WithTags("Goals").WithName("approve-goal-set")
            .WithSummary("Approve a submitted version (ministry coordinator, If-Match)")
            .WithDescription("Freezes the version: it stays readable at `/versions/{version}` and changes only through a new " +
                "version. A centre role is 403; a set that is not submitted 409. Publishes `GoalSetApproved`.")
            .Produces<GoalSetResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequiresIfMatch();
}
