using Carter;
using Cpic.BuildingBlocks.Auth;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Evaluations;

public sealed class GetEvaluationResultsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/evaluations/{id:guid}/results", async (Guid id, IQuerySession session, CancellationToken ct) =>
            {
                var (round, answers) = await EvaluationResults.LoadAsync(session, id, ct);
                return Results.Ok(EvaluationResults.Of(round, answers));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-evaluation-results")
            .WithSummary("The results of an evaluation round: response rate, scores, frequency fit, comments")
            .WithDescription("Live while the round is open (`closed: false`), final once closed. Averages and distributions " +
                "per score question, answers per frequency option, and the texts by answering actor (an organisation; no " +
                "person is recorded). Another centre's round is 404.")
            .Produces<EvaluationResults>().ProducesProblem(StatusCodes.Status404NotFound);
}
