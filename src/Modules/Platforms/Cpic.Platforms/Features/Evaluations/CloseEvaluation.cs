using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Contracts;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Evaluations;

public sealed record CloseEvaluation(Guid RoundId, long ExpectedVersion);

public static class CloseEvaluationHandler
{
    /// <summary>
    /// Closes the round for good: its links stop taking answers (410), the results are final and their figures go to
    /// Monitoring (<see cref="EvaluationClosed"/>, no texts or names).
    /// </summary>
    public static async Task<(EvaluationRoundResponse, EvaluationClosed)> Handle(CloseEvaluation command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var round = await session.LoadForUpdateAsync<EvaluationRound>(command.RoundId, command.ExpectedVersion, "Evaluation round", ct);
        if (round.Closed) throw new ConflictException($"The evaluation round was closed at {round.ClosedAt:O}.");
        round.ClosedAt = clock.GetUtcNow();
        var summary = EvaluationSummary.Of(round, await session.Query<EvaluationAnswer>().Where(a => a.RoundId == round.Id).ToListAsync(ct));
        var closed = new EvaluationClosed(round.Id, round.Centre, round.BodyId, round.BodyKind, round.Year, round.ClosedAt.Value,
            summary.Invited, summary.Answered, Scores(summary.Scores[0]), Scores(summary.Scores[1]));
        return (await EvaluationRoundResponse.OfAsync(round, session.NextRevision(round), session, ct), closed);
    }

    private static ScoreDistribution Scores(ScoreResult score) => new(score.Distribution, score.Average);
}

public sealed class CloseEvaluationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/evaluations/{id:guid}/close", (Guid id, HttpRequest request, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<EvaluationRoundResponse>(new CloseEvaluation(id, request.ExpectedVersion()), response, ct))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("close-evaluation")
            .WithSummary("Close an evaluation round")
            .WithDescription("From now on its response links refuse answers (410 Gone) and the results are final. Publishes " +
                "`EvaluationClosed` (invited, responses, score distributions and means; no texts or names), which Monitoring " +
                "counts in its network figures. A round closed already is 409; another centre's round is 404.")
            .Produces<EvaluationRoundResponse>().ProducesETag().RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
