using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Cpic.Monitoring.Contracts;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.GoalSets;

/// <summary>All goals of the current version, replacing the previous ones (send ids back to keep a goal's history).</summary>
/// <param name="Goals">At most 50 goals, as in <c>POST /api/v1/goals/sets</c>.</param>
public sealed record GoalsInput(IReadOnlyList<GoalInput> Goals) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<GoalsInput>
    {
        public Validator()
        {
            RuleFor(s => s.Goals.Count).LessThanOrEqualTo(50).OverridePropertyName("goals").WithMessage("At most 50 goals.");
            RuleForEach(s => s.Goals).NotNull().SetValidator(new GoalInput.Validator());
        }
    }
}

public sealed record EditGoals(Guid SetId, long ExpectedRevision, GoalsInput Input, string UserId);

public static class EditGoalsHandler
{
    public static async Task<GoalSetResponse> Handle(EditGoals command, IDocumentSession session, IMonitoringMetrics metrics,
        TimeProvider clock, CancellationToken ct)
    {
        var set = await session.LoadForChangeAsync(command.SetId, command.ExpectedRevision, ct);
        if (!GoalSetStatuses.Editable(set.Status))
        {
            throw new ConflictException(set.Status == GoalSetStatuses.Approved
                ? $"Version {set.Number} is approved and frozen: start a new version (POST .../versions) to change it."
                : $"Version {set.Number} is submitted for approval; it changes only after it is returned.");
        }

        set.Goals = await GoalChecks.ToGoalsAsync(command.Input.Goals, set.Year, session, metrics, ct);
        set.Record("edited", command.UserId, clock.GetUtcNow());
        return session.Save(set);
    }
}

public sealed class EditGoalsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/goals/sets/{id:guid}/goals", async (Guid id, GoalsInput input, ClaimsPrincipal user,
                HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var set = await bus.InvokeAsync<GoalSetResponse>(new EditGoals(id, request.ExpectedVersion(), input, user.UserId()), ct);
                response.SetETag(set.Revision);
                return Results.Ok(set);
            })
            .Validate<GoalsInput>()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Goals").WithName("edit-goals")
            .WithSummary("Replace the goals of a draft or returned version (If-Match)")
            .WithDescription("An approved version is frozen and a submitted one waits for the ministry: both are 409 " +
                "(start a new version of an approved set with `POST /api/v1/goals/sets/{id}/versions`). Another centre's set is 404.")
            .Produces<GoalSetResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
