using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Evaluations;

/// <summary>An answer through a response link; the token is a secret, so the command prints its type name only.</summary>
public sealed record AnswerEvaluation(string Token, AnswerInput Input) : WithheldFromLogs;

public static class AnswerEvaluationHandler
{
    /// <summary>Stores the actor's answer, replacing an earlier one (one answer per actor), while the round is open.</summary>
    public static async Task<EvaluationForm> Handle(AnswerEvaluation command, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var link = await EvaluationToken.FindAsync(session, command.Token, clock, ct);
        var round = (await session.LoadAsync<EvaluationRound>(link.RoundId, ct))!;
        if (round.Closed) throw new ProblemException(ProblemTypes.EvaluationClosed, "The evaluation is closed; answers are no longer taken.");
        var invitee = round.Invitees.Single(i => i.Id == link.InviteeId);
        var answer = new EvaluationAnswer { Id = invitee.Id, RoundId = round.Id, ActorId = invitee.ActorId, AnsweredAt = clock.GetUtcNow() };
        command.Input.ApplyTo(answer);
        session.Store(answer);
        return EvaluationForm.Of(round, invitee, answer);
    }
}

public sealed class AnswerEvaluationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost(EvaluationForm.Route, async (string token, AnswerInput input, IQuerySession session, TimeProvider clock, IMessageBus bus,
                CancellationToken ct) =>
            {
                var link = await EvaluationToken.FindAsync(session, token, clock, ct);
                return Results.Ok(await bus.InvokeForTenantAsync<EvaluationForm>(link.Centre, new AnswerEvaluation(token, input), ct));
            })
            .Validate<AnswerInput>().AllowAnonymous().RequireRateLimiting(EvaluationForm.RateLimit)
            .WithTags("Platforms").WithName("answer-evaluation")
            .WithSummary("Answer the evaluation through a personal response link (public, no login)")
            .WithDescription("The token in the path is the login: one answer per invited actor, and a later answer " +
                "replaces the earlier one until the centre closes the round or the link expires (then 410, nothing stored). Scores out of 1–5 or an unknown " +
                "frequency are 422, a field that is no question 400, an unknown or revoked token 404. Rate-limited per " +
                "client address (429).")
            .Produces<EvaluationForm>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.EvaluationClosed, ProblemTypes.EvaluationLinkExpired)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
