using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Evaluations;

public sealed class GetEvaluationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/evaluations/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session, CancellationToken ct) =>
            {
                var round = await session.LoadAsync<EvaluationRound>(id, ct) ?? throw new NotFoundException("Evaluation round", id.ToString());
                response.SetETag(round.Version);
                return Results.Ok(await EvaluationRoundResponse.OfAsync(round, round.Version, session, ct));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-evaluation-round")
            .WithSummary("An evaluation round with its invited actors and who has answered")
            .WithDescription("Tokens are not shown (only their hashes are stored). Another centre's round is 404.")
            .Produces<EvaluationRoundResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
