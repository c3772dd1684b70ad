using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Contracts;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.Workflow;

/// <summary>Why the version goes back to the centre.</summary>
/// <param name="Comment" example="Goal 3 needs a measurable target.">Required, at most 4,000 characters.</param>
public sealed record ReturnInput(string Comment) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<ReturnInput>
    {
        public Validator() => RuleFor(r => r.Comment).NotEmpty().MaximumLength(4000);
    }
}

public sealed record ReturnGoalSet(Guid SetId, long ExpectedRevision, ReturnInput Input, string UserId);

public static class ReturnGoalSetHandler
{
    public static async Task<(GoalSetResponse, OutgoingMessages)> Handle(ReturnGoalSet command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var set = MinistryDecision.EnsureSubmitted(await session.LoadForChangeAsync(command.SetId, command.ExpectedRevision, ct));
        set.Status = GoalSetStatuses.Returned;
        set.Record("returned", command.UserId, clock.GetUtcNow(), command.Input.Comment);
        return (session.Save(set), [new GoalSetReturned(set.Id, set.Centre, set.Year, set.Number)]);
    }
}

public sealed class ReturnGoalSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets/{id:guid}/return", async (Guid id, ReturnInput input, ClaimsPrincipal user,
                HttpRequest request, HttpResponse response, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            {
                var command = new ReturnGoalSet(id, request.ExpectedVersion(), input, user.UserId());
                var set = await bus.InvokeForSetAsync<GoalSetResponse>(session, id, command, ct);
                response.SetETag(set.Revision);
                return Results.Ok(set);
            })
            .Validate<ReturnInput>()
            .RequireAuthorization(Policies.MinistryCoordinator)
            .WithTags("Goals").WithName("return-goal-set")
            .WithSummary("Return a submitted version to the centre with a comment (ministry coordinator, If-Match)")
            .WithDescription("The centre edits the returned version and submits it again. A centre role is 403; a set that " +
                "is not submitted 409. Publishes `GoalSetReturned`.")
            .Produces<GoalSetResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequiresIfMatch();
}
