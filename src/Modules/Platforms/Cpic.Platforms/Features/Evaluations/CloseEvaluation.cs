using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
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
    /// <summary>Closes the round for good: its links stop taking answers (410) and the results are final.</summary>
    public static async Task<EvaluationRoundResponse> Handle(CloseEvaluation command, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var round = await session.LoadForUpdateAsync<EvaluationRound>(command.RoundId, command.ExpectedVersion, "Evaluation round", ct);
        if (round.Closed) throw new ConflictException($"The evaluation round was closed at {round.ClosedAt:O}.");
        round.ClosedAt = clock.GetUtcNow();
        return await EvaluationRoundResponse.OfAsync(round, session.NextRevision(round), session, ct);
    }
}

public sealed class CloseEvaluationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/evaluations/{id:guid}/close", async (Guid id, HttpRequest request, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
            {
                var round = await bus.InvokeAsync<EvaluationRoundResponse>(new CloseEvaluation(id, request.ExpectedVersion()), ct);
                response.SetETag(round.Version);
                return Results.Ok(round);
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("close-evaluation")
            .WithSummary("Close an evaluation round")
            .WithDescription("From now on its response links refuse answers (410 Gone) and the results are final. A round " +
                "closed already is 409; another centre's round is 404.")
            .Produces<EvaluationRoundResponse>().ProducesETag().RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
