using Carter;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Evaluations;

public sealed class GetEvaluationFormEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet(EvaluationForm.Route, async (string token, IQuerySession session, IDocumentStore store, TimeProvider clock,
                CancellationToken ct) =>
            {
                var link = await EvaluationToken.FindAsync(session, token, clock, ct);
                await using var centre = store.QuerySession(link.Centre);
                var round = (await centre.LoadAsync<EvaluationRound>(link.RoundId, ct))!;
                var answer = await centre.LoadAsync<EvaluationAnswer>(link.InviteeId, ct);
                return Results.Ok(EvaluationForm.Of(round, round.Invitees.Single(i => i.Id == link.InviteeId), answer));
            })
            .AllowAnonymous().RequireRateLimiting(EvaluationForm.RateLimit)
            .WithTags("Platforms").WithName("get-evaluation-form")
            .WithSummary("The questions behind a personal response link, with the answer given so far (public, no login)")
            .WithDescription("Shows the evaluated body and year, the actor the link is for, the fixed questionnaire and the " +
                "answer given through the link so far; `open` is false once the round is closed. An unknown or revoked " +
                "token is 404, an expired one 410. Rate-limited per client address (429).")
            .Produces<EvaluationForm>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.EvaluationLinkExpired).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
