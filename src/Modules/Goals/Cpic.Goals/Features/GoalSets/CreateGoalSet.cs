using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Goals.Domain;
using Cpic.Monitoring.Contracts;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.GoalSets;

/// <summary>A new goal set of the caller's centre for a year, as a draft (version 1).</summary>
/// <param name="Year" example="2026">From 2000 to next year; one set per centre and year (409).</param>
/// <param name="Goals">The goals; may be empty at first (a set is submitted with at least one goal).</param>
public sealed record GoalSetInput(int? Year, IReadOnlyList<GoalInput>? Goals) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<GoalSetInput>
    {
        public Validator()
        {
            RuleFor(s => s.Year).NotNull().InclusiveBetween(2000, 2100);
            RuleFor(s => s.Goals!.Count).LessThanOrEqualTo(50).OverridePropertyName("goals")
                .When(s => s.Goals is not null).WithMessage("At most 50 goals.");
            RuleForEach(s => s.Goals).NotNull().SetValidator(new GoalInput.Validator());
        }
    }
}

public sealed record CreateGoalSet(GoalSetInput Input, string UserId);

public static class CreateGoalSetHandler
{
    public static async Task<GoalSetResponse> Handle(CreateGoalSet command, IDocumentSession session,
        IMonitoringMetrics metrics, TimeProvider clock, CancellationToken ct)
    {
        var year = command.Input.Year!.Value;
        if (year > clock.Today().Year + 1)
        {
            throw new UnprocessableException("year", "Goals are set for this year or the next at the latest.");
        }

        await OneSetPerYear.ThrowIfTakenAsync(session, [session.TenantId], year, ct);
        var goals = await GoalChecks.ToGoalsAsync(command.Input.Goals ?? [], year, session, metrics, ct);
        var centre = await session.FindCentreAsync(session.TenantId, ct);
        var set = new GoalSet
        {
            Id = Guid.CreateVersion7(), Version = 1, Centre = session.TenantId, Region = centre?.Region ?? "", Year = year,
            Goals = goals,
        };
        set.Record("created", command.UserId, clock.GetUtcNow());
        session.Insert(set);
        await OneSetPerYear.SaveAsync(session, [set.Centre], year, ct);
        return GoalSetResponse.From(set);
    }
}

public sealed class CreateGoalSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets", async (GoalSetInput input, ClaimsPrincipal user, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
            {
                var set = await bus.InvokeAsync<GoalSetResponse>(new CreateGoalSet(input, user.UserId()), ct);
                response.SetETag(set.Revision);
                return Results.Created($"/api/v1/goals/sets/{set.Id}", set);
            })
            .Validate<GoalSetInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Goals").WithName("create-goal-set")
            .WithSummary("Create the centre's goal set for a year (draft)")
            .WithDescription("One set per centre and year: a second one, even when created at the same moment, is a 409 naming the " +
                "existing set (`existingSets`). Metrics and filters must be in the catalogue " +
                "(`GET /api/v1/goals/catalogue`), targets above 0, due dates within the year (422).")
            .Produces<GoalSetResponse>(StatusCodes.Status201Created).ProducesETag()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(ProblemTypes.GoalSetExists);
}
