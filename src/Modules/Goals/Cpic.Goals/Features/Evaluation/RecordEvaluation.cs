using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Cpic.Goals.Progress;
using Cpic.Monitoring.Contracts;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.Evaluation;

/// <summary>The judgement of every goal of the approved version.</summary>
/// <param name="Goals">One judgement per goal of the approved version.</param>
public sealed record EvaluationInput(IReadOnlyList<GoalJudgement> Goals) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<EvaluationInput>
    {
        public Validator() => RuleForEach(e => e.Goals).NotNull().ChildRules(g =>
        {
            g.RuleFor(x => x.Result).Must(GoalJudgement.Results.Contains).WithMessage("result is achieved, partly-achieved or not-achieved.");
            g.RuleFor(x => x.Comment).MaximumLength(4000);
        });
    }
}

public sealed record RecordEvaluation(Guid SetId, EvaluationInput Input, string UserId);

public static class RecordEvaluationHandler
{
    public static async Task<EvaluationResponse> Handle(RecordEvaluation command, IDocumentSession session,
        IMonitoringMetrics metrics, TimeProvider clock, CancellationToken ct)
    {
        var set = await session.LoadAsync<GoalSet>(command.SetId, ct) ?? throw new NotFoundException("Goal set", command.SetId.ToString());
        var today = clock.Today();
        var version = await session.FrozenVersionAsync(set, set.ApprovedNumber, ct);
        if (version is null || await session.LoadAsync<Domain.Evaluation>(set.Id, ct) is not null)
        {
            throw new ConflictException(version is null ? "Nothing to evaluate: no version of this set is approved."
                : "The year's evaluation is already recorded.");
        }

        if (today < new DateOnly(set.Year, 12, 1))
        {
            throw new UnprocessableException("goals", $"The evaluation of {set.Year} is recorded from 1 December {set.Year} on.");
        }

        var judged = command.Input.Goals.Select(g => g.GoalId).ToHashSet();
        if (!judged.SetEquals(version.Goals.Select(g => g.Id)) || judged.Count != command.Input.Goals.Count)
        {
            throw new UnprocessableException("goals", $"Judge every goal of approved version {version.Number} once.");
        }

        var end = new DateOnly(set.Year, 12, 31);
        var figures = await new ProgressReader(metrics, session).ReadAsync(set.Id, set.Centre, version.Goals, end < today ? end : today, ct);
        var evaluation = new Domain.Evaluation(set.Id, version.Number, figures, command.Input.Goals, command.UserId, clock.GetUtcNow());
        session.Insert(evaluation);
        return EvaluationResponse.From(set, version, evaluation);
    }
}

public sealed class RecordEvaluationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets/{id:guid}/evaluation", async (Guid id, EvaluationInput input, ClaimsPrincipal user,
                IMessageBus bus, CancellationToken ct) =>
            {
                var evaluation = await bus.InvokeAsync<EvaluationResponse>(new RecordEvaluation(id, input, user.UserId()), ct);
                return Results.Created($"/api/v1/goals/sets/{id}/evaluation", evaluation);
            })
            .Validate<EvaluationInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Goals").WithName("record-evaluation")
            .WithSummary("Record the year-end evaluation: each goal achieved, partly achieved or not, with the final figures")
            .WithDescription("From 1 December of the set's year; every goal of the approved version judged once (422). " +
                "Final figures as of 31 December (or today) are frozen. Once per set (409).")
            .Produces<EvaluationResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
